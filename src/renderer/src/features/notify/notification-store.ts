import { create } from 'zustand';
import type { AppError, NotificationDraft, NotificationSent, RecipientChoice } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { notifyMessages as m } from './messages';
import { closedText, type ClosedReason } from './wording';

interface NotificationState {
  userId: string | null;
  status: 'closed' | 'preparing' | 'ready' | 'sending' | 'sent';
  draft: NotificationDraft | null;
  sent: NotificationSent | null;
  error: AppError | null;
  /** Why an open preview was closed without sending. */
  closedBecause: ClosedReason | null;
  /** Set while the browser asks the technician for the mail permission. */
  granting: boolean;
  /** Renders the notice for the person just given a pass, with the tenant's defaults. */
  open: (userId: string, pass: string | null) => Promise<void>;
  /** Renders it again with another language or other recipients. */
  change: (choice: { language?: string; recipients?: RecipientChoice }, pass: string | null) => Promise<void>;
  send: () => Promise<void>;
  /** Asks for Mail.Send (or Mail.Send.Shared) in the browser, then sends. */
  grantAndSend: () => Promise<void>;
  /** Closes the preview and has main forget its draft, saying why. */
  discard: (reason: ClosedReason) => void;
  clear: () => void;
}

/** A newer preview makes answers to older ones irrelevant. */
let latestRequest = 0;

const initial = {
  userId: null,
  status: 'closed',
  draft: null,
  sent: null,
  error: null,
  closedBecause: null,
  granting: false,
} satisfies Partial<NotificationState>;

const forget = (draft: NotificationDraft | null) => {
  if (draft) void getApi().discardNotification({ draftId: draft.draftId });
};

export const useNotificationStore = create<NotificationState>()((set, get) => {
  const prepare = async (userId: string, pass: string | null, choice: { language?: string; recipients?: RecipientChoice }) => {
    const request = ++latestRequest;
    set({ userId, status: 'preparing', error: null, closedBecause: null });
    const result = await getApi().prepareNotification({ userId, ...(pass ? { includePass: true } : {}), ...choice });
    if (request !== latestRequest) return;
    if (!result.ok) {
      // The old preview no longer matches what was asked for, so it must not stay sendable.
      forget(get().draft);
      set({ status: 'closed', draft: null, error: result.error });
      announce(errorText[result.error.code].title);
      return;
    }
    forget(get().draft);
    set({ status: 'ready', draft: result.value });
  };

  return {
    ...initial,

    open: (userId, pass) => {
      forget(get().draft);
      set({ ...initial });
      return prepare(userId, pass, {});
    },

    change: async (choice, pass) => {
      const { userId, draft, status } = get();
      if (!userId || !draft || status === 'sending' || status === 'sent') return;
      await prepare(userId, pass, { language: choice.language ?? draft.language, recipients: choice.recipients ?? draft.recipients });
    },

    send: async () => {
      const { draft, status } = get();
      if (!draft || status !== 'ready' || draft.blockers.length > 0) return;
      set({ status: 'sending', error: null });
      const result = await getApi().sendNotification({ draftId: draft.draftId });
      // Only leaving the person (which drops the draft) makes the answer irrelevant; nothing else can change it meanwhile.
      if (get().draft?.draftId !== draft.draftId) return;
      if (!result.ok) {
        // The draft stays: the same mail can be sent again once the cause is fixed.
        set({ status: 'ready', error: result.error });
        announce(translate(m.announceNotSent, { problem: errorText[result.error.code].title }));
        return;
      }
      set({ status: 'sent', sent: result.value });
      announce(translate(m.announceAccepted, { recipients: [...result.value.to, ...result.value.cc].join(', ') }));
    },

    grantAndSend: async () => {
      if (get().granting) return;
      set({ granting: true });
      const result = await getApi().grantMailConsent();
      set({ granting: false });
      if (!result.ok) {
        set({ error: result.error });
        announce(errorText[result.error.code].title);
        return;
      }
      await get().send();
    },

    discard: (reason) => {
      latestRequest += 1;
      forget(get().draft);
      set({ ...initial, userId: get().userId, closedBecause: reason });
      announce(translate(closedText[reason]));
    },

    clear: () => {
      latestRequest += 1;
      forget(get().draft);
      set({ ...initial });
    },
  };
});
