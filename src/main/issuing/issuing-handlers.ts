import type { issuingChannels } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import { withRecord, type RecordAct } from '../journal';
import type { TapService } from './tap-service';

/** Main forgets a code a little after the screen's own countdown, in case the screen never says so. */
const FORGET_GRACE_SECONDS = 5;

/** Where the code of the pass just issued is held for copy, slip and mail (the handoff feature keeps it). */
export interface IssuedPassHolder {
  keep(userId: string, passId: string, code: string, forgetAfterSeconds: number): void;
  forget(passId: string): boolean;
}

export interface IssuingDeps {
  tap: TapService;
  passes: IssuedPassHolder;
  /** How long the screen shows a new pass, from the active tenant's settings. */
  autoHideSeconds: () => number;
  /** Keeps each create and revoke, done or not, in the desk journal. */
  record: RecordAct;
}

export const issuingHandlers = ({ tap, passes, autoHideSeconds, record }: IssuingDeps): HandlersFor<typeof issuingChannels> => ({
  'tap:prepare': ({ userId }) => tap.prepare(userId),
  'tap:create': async (input) => {
    const { userId, replacePassId: _replace, ...options } = input;
    const issued = await withRecord(
      record,
      { userId, act: 'create', options },
      () => tap.create(input),
      (pass) => ({ done: pass.replacedPass ? 'replaced' : 'issued', passId: pass.id, replacedPassId: pass.replacedPass?.id ?? null, recoveredFrom: pass.recovered?.cause ?? null }),
    );
    passes.keep(issued.userId, issued.id, issued.temporaryAccessPass, autoHideSeconds() + FORGET_GRACE_SECONDS);
    return issued;
  },
  'tap:status': ({ userId }) => tap.status(userId),
  'tap:revoke': async ({ userId, passId }) => {
    await withRecord(record, { userId, act: 'revoke', passId }, () => tap.revoke(userId, passId), () => ({ done: 'revoked' }));
    passes.forget(passId);
    return true;
  },
  'tap:cancel': async ({ userId }) => tap.cancel(userId),
});
