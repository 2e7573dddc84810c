import { create } from 'zustand';
import { clampLifetime, type AppError, type CreateStep, type LifetimeRange, type TapContext } from '../../../../shared';
import { getApi } from '../../api';
import { formatLocal, toLocalInputValue } from '../../format/date-time';
import { formatLifetimeRange, formatMinutes } from '../../format/duration';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { signInExpired, useSessionStore } from '../accounts';
import { useHandoffStore, usePassStatusStore } from '../handoff';
import { activePassDefaults } from '../settings';
import { createStepText } from './create-step-text';
import { parseLifetime } from './lifetime';
import { issuingMessages as m } from './messages';
import { checkDraft, draftFor, toCreateInput, type EditableDraft, type PassDraft, type StartMode } from './pass-draft';

/** How the form adjusted itself after the tenant refused a value; worded when shown, in the language of the moment. */
export type Correction = { kind: 'lifetime'; range: LifetimeRange; minutes: number } | { kind: 'one-time' };

export const correctionText = (correction: Correction): string =>
  correction.kind === 'lifetime'
    ? translate(m.lifetimeCorrected, { range: formatLifetimeRange(correction.range), lifetime: formatMinutes(correction.minutes) })
    : translate(m.oneTimeCorrected);

interface CreatePassState {
  draft: PassDraft | null;
  creating: boolean;
  /** What a Create in flight is doing, as main reports it. */
  step: CreateStep | null;
  error: AppError | null;
  correction: Correction | null;
  /** Lifetime ranges the service reported, per tenant profile, for the rest of the app's run. */
  learnedRanges: Record<string, LifetimeRange>;
  begin: (context: TapContext) => void;
  update: (changes: Partial<EditableDraft>) => void;
  setStartMode: (mode: StartMode) => void;
  create: () => Promise<void>;
  /** Stops waiting for a create in flight; main then reads what happened and the answer says so. */
  cancel: () => Promise<void>;
  /** Main's word on a Create in flight. */
  progress: (userId: string, step: CreateStep) => void;
  clear: () => void;
}

const activeProfileId = (): string | null => useSessionStore.getState().session?.active?.profileId ?? null;

const nextFullHour = (now: Date): Date => {
  const next = new Date(now);
  next.setHours(now.getHours() + 1, 0, 0, 0);
  return next;
};

export const useCreatePassStore = create<CreatePassState>()((set, get) => {
  const correctLifetime = (draft: PassDraft, range: LifetimeRange) => {
    const profileId = activeProfileId();
    if (profileId) set({ learnedRanges: { ...get().learnedRanges, [profileId]: range } });
    const corrected = clampLifetime(parseLifetime(draft.lifetimeText) ?? range.minimumLifetimeInMinutes, range);
    const correction: Correction = { kind: 'lifetime', range, minutes: corrected };
    set({ draft: { ...draft, range, lifetimeText: String(corrected) }, correction });
    announce(correctionText(correction));
  };

  const forceOneTime = (draft: PassDraft) => {
    const correction: Correction = { kind: 'one-time' };
    set({ draft: { ...draft, isUsableOnce: true, oneTimeForced: true }, correction });
    announce(correctionText(correction));
  };

  return {
    draft: null,
    creating: false,
    step: null,
    error: null,
    correction: null,
    learnedRanges: {},

    begin: (context) => {
      const profileId = activeProfileId();
      const learned = profileId ? (get().learnedRanges[profileId] ?? null) : null;
      set({ draft: draftFor(context, learned, activePassDefaults(), new Date()), creating: false, error: null, correction: null });
    },

    update: (changes) => {
      const { draft } = get();
      if (draft) set({ draft: { ...draft, ...changes } });
    },

    setStartMode: (mode) => {
      const { draft } = get();
      if (!draft) return;
      const now = new Date();
      set({
        draft: {
          ...draft,
          startMode: mode,
          startMin: toLocalInputValue(now),
          startLocal: draft.startLocal || toLocalInputValue(nextFullHour(now)),
        },
      });
    },

    create: async () => {
      const { draft, creating } = get();
      if (!draft || creating || checkDraft(draft, useSessionStore.getState().session?.desk).blocker) return;
      set({ creating: true, step: null, error: null, correction: null });
      const result = await getApi().createTap(toCreateInput(draft));
      set({ step: null });
      if (result.ok) {
        usePassStatusStore.getState().clear();
        useHandoffStore.getState().start(result.value, draft.displayName, draft.knownMethods, draft.person);
        set({ creating: false, draft: null });
        const { replacedPass, recovered } = result.value;
        const replaced = replacedPass?.createdDateTime
          ? translate(m.replacedPassIssuedAt, { date: formatLocal(replacedPass.createdDateTime) })
          : translate(m.replacedPassIssuedEarlier);
        announce(
          [
            translate(m.passCreated, { name: draft.displayName }),
            replacedPass ? replaced : '',
            recovered ? translate(m.recoveredAttempt) : '',
          ]
            .filter(Boolean)
            .join(' '),
        );
        return;
      }
      const current = get().draft;
      // The technician has moved on to someone else; this answer no longer fits the form.
      if (current?.userId !== draft.userId) return;
      set({ creating: false });
      const { error } = result;
      if (error.code === 'lifetime_out_of_range' && error.lifetimeRange) return correctLifetime(current, error.lifetimeRange);
      if (error.code === 'multi_use_not_allowed' && !current.isUsableOnce) return forceOneTime(current);
      // The pass there now is shown; one the technician has not seen is asked about rather than replaced.
      // A pass nobody can read is of no use to anyone: replacing it is already the choice.
      if (error.currentPass !== undefined) {
        set({ draft: { ...current, existingPassId: error.currentPass?.id ?? null, replaceExisting: error.code === 'pass_unreadable' } });
      }
      set({ error });
      if (!signInExpired(error)) announce(errorText[error.code].title);
    },

    progress: (userId, step) => {
      const { draft, creating } = get();
      if (!creating || draft?.userId !== userId) return;
      set({ step });
      // The ordinary steps show quietly; an answer that went missing is worth saying aloud.
      if (step === 'checking-outcome' || step === 'creating-again') announce(translate(createStepText[step]));
    },

    cancel: async () => {
      const { draft, creating } = get();
      if (draft && creating) await getApi().cancelTap({ userId: draft.userId });
    },

    clear: () => set({ draft: null, creating: false, error: null, correction: null }),
  };
});
