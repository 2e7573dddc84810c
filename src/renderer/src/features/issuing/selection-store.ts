import { create } from 'zustand';
import type { AppError, TapContext, UserSummary } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { signInExpired, useSessionStore } from '../accounts';
import { useCreatePassStore } from './create-pass-store';
import { findingText } from './finding-text';
import { issuingMessages as m } from './messages';

interface SelectionState {
  user: UserSummary | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  context: TapContext | null;
  error: AppError | null;
  select: (user: UserSummary) => Promise<void>;
  retry: () => Promise<void>;
  clear: () => void;
}

/** Choosing someone else while a card loads must not let the first card win. */
let latestRequest = 0;

const readiness = (context: TapContext): string => {
  const name = context.user.displayName;
  const block = context.findings.find((finding) => finding.severity === 'block');
  return block ? `${translate(m.cannotCreate, { name })} ${translate(findingText(block, useSessionStore.getState().session?.desk))}` : translate(m.readyForPass, { name });
};

export const useSelectionStore = create<SelectionState>()((set, get) => {
  // Create can learn of a pass issued elsewhere since the card was read: the card shows it too.
  useCreatePassStore.subscribe(({ error, draft }, previous) => {
    const { context } = get();
    if (!error || error === previous.error || error.currentPass === undefined || !context || context.user.id !== draft?.userId) return;
    set({ context: { ...context, existingPass: error.currentPass } });
  });
  return {
    user: null,
    status: 'idle',
    context: null,
    error: null,

    select: async (user) => {
      const request = ++latestRequest;
      set({ user, status: 'loading', context: null, error: null });
      useCreatePassStore.getState().clear();
      const result = await getApi().prepareTap({ userId: user.id });
      if (request !== latestRequest) return;
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
        return;
      }
      // The form's values must exist before the form appears, so it can take focus on arrival.
      useCreatePassStore.getState().begin(result.value);
      set({ status: 'ready', context: result.value });
      announce(readiness(result.value));
    },

    retry: async () => {
      const { user } = get();
      if (user) await get().select(user);
    },

    clear: () => {
      latestRequest += 1;
      set({ user: null, status: 'idle', context: null, error: null });
    },
  };
});
