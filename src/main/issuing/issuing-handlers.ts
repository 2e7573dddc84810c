import type { issuingChannels } from '../../shared';
import type { HandlersFor } from '../ipc/router';
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
}

export const issuingHandlers = ({ tap, passes, autoHideSeconds }: IssuingDeps): HandlersFor<typeof issuingChannels> => ({
  'tap:prepare': ({ userId }) => tap.prepare(userId),
  'tap:create': async (input) => {
    const issued = await tap.create(input);
    passes.keep(issued.userId, issued.id, issued.temporaryAccessPass, autoHideSeconds() + FORGET_GRACE_SECONDS);
    return issued;
  },
  'tap:status': ({ userId }) => tap.status(userId),
  'tap:revoke': async ({ userId, passId }) => {
    await tap.revoke(userId, passId);
    passes.forget(passId);
    return true;
  },
  'tap:cancel': async ({ userId }) => tap.cancel(userId),
});
