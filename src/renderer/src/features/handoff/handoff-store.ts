import { create } from 'zustand';
import type { AppError, AuthMethod, IssuedPass, UserDetails } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { countdownOf, type Countdown } from '../../ui/use-seconds-left';
import { signInExpired } from '../accounts';
import { activePassDefaults } from '../settings';
import { handoffMessages as m } from './messages';

/** How long a new pass stays in memory while the tenant's own setting is not known. */
export const FALLBACK_AUTO_HIDE_SECONDS = 120;

/** What tells the person's own language: Entra's preferred language, else their usage location. */
export type HandoffPerson = Pick<UserDetails, 'preferredLanguage' | 'usageLocation'>;

export interface Handoff {
  /** Everything Graph said about the pass except the pass itself, which outlives it on screen. */
  pass: Omit<IssuedPass, 'temporaryAccessPass'>;
  displayName: string;
  /** Methods registered before the pass was issued; null when the technician's role could not see them. */
  methodsAtIssue: AuthMethod[] | null;
  /** Null when not known; the pass is then read out in the technician's language. */
  person: HandoffPerson | null;
  /** Until the pass is wiped from memory. */
  wipeCountdown: Countdown;
}

interface HandoffState {
  handoff: Handoff | null;
  /** The only place the pass is kept; null once wiped, revoked or handed over. */
  secret: string | null;
  revoking: boolean;
  revoked: boolean;
  revokeError: AppError | null;
  start: (issued: IssuedPass, displayName: string, methodsAtIssue: AuthMethod[] | null, person?: HandoffPerson | null) => void;
  /** Forgets the pass but keeps the facts about it and the status on screen. */
  wipe: () => void;
  /** True once the pass no longer works. */
  revoke: () => Promise<boolean>;
  /** Stops waiting for a revoke in flight; its answer then says whether the pass is gone. */
  stopRevoking: () => void;
  clear: () => void;
}

let wipeTimer: ReturnType<typeof setTimeout> | undefined;

export const useHandoffStore = create<HandoffState>()((set, get) => ({
  handoff: null,
  secret: null,
  revoking: false,
  revoked: false,
  revokeError: null,

  start: (issued, displayName, methodsAtIssue, person = null) => {
    clearTimeout(wipeTimer);
    const { temporaryAccessPass, ...pass } = issued;
    const autoHideSeconds = activePassDefaults()?.autoHideSeconds ?? FALLBACK_AUTO_HIDE_SECONDS;
    const handoff: Handoff = { pass, displayName, methodsAtIssue, person, wipeCountdown: countdownOf(autoHideSeconds) };
    set({ handoff, secret: temporaryAccessPass, revoking: false, revoked: false, revokeError: null });
    // A timer here rather than in the view: the pass must go even when the view is not on screen.
    wipeTimer = setTimeout(() => {
      if (get().handoff !== handoff || get().secret === null) return;
      get().wipe();
      announce(translate(m.passWiped));
    }, autoHideSeconds * 1000);
  },

  wipe: () => {
    clearTimeout(wipeTimer);
    const { handoff, secret } = get();
    // Main holds the pass's code for copy and slip only while the screen does.
    if (handoff && secret !== null) void getApi().forgetPass({ passId: handoff.pass.id });
    set({ secret: null });
  },

  revoke: async () => {
    const { handoff, revoking, revoked } = get();
    if (!handoff || revoking || revoked) return revoked;
    set({ revoking: true, revokeError: null });
    const result = await getApi().revokePass({ userId: handoff.pass.userId, passId: handoff.pass.id });
    if (get().handoff !== handoff) return false;
    if (!result.ok) {
      set({ revoking: false, revokeError: result.error });
      if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
      return false;
    }
    get().wipe();
    set({ revoking: false, revoked: true });
    announce(translate(m.passRevoked, { name: handoff.displayName }));
    return true;
  },

  stopRevoking: () => {
    const { handoff, revoking } = get();
    if (handoff && revoking) void getApi().cancelTap({ userId: handoff.pass.userId });
  },

  clear: () => {
    get().wipe();
    set({ handoff: null, secret: null, revoking: false, revoked: false, revokeError: null });
  },
}));
