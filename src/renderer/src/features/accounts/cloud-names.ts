import type { CloudId } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { accountsMessages as m } from './messages';

/** Each cloud's name on screen; a Record, so a new cloud cannot appear without one. */
export const cloudNames: Record<CloudId, Message> = {
  global: m.cloudGlobal,
  usgov: m.cloudUsGov,
  'usgov-dod': m.cloudUsGovDod,
  china: m.cloudChina,
  emulator: m.cloudEmulator,
};
