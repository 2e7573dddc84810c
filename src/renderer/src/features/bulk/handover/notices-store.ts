import { create } from 'zustand';
import type { AppError, CohortNoticePreview, CohortNoticeRecipient, CohortNoticeResult } from '../../../../../shared';
import { getApi } from '../../../api';
import { announce } from '../../../ui/announcer-store';
import { errorText } from '../../../ui/errors/error-text';
import { translate } from '../../../ui/i18n/translate';
import { signInExpired } from '../../accounts';
import { bulkMessages as m } from '../messages';

interface NoticesState {
  recipient: CohortNoticeRecipient;
  status: 'idle' | 'previewing' | 'ready' | 'sending' | 'sent';
  preview: CohortNoticePreview | null;
  results: CohortNoticeResult[] | null;
  error: AppError | null;
  /** Another recipient is another notice: it has to be previewed again. */
  setRecipient: (recipient: CohortNoticeRecipient) => void;
  previewNotices: (cohortId: string) => Promise<void>;
  /** Sends the notices the preview showed could go. */
  send: (cohortId: string) => Promise<void>;
  clear: () => void;
}

/** The lines whose notice can go, as the preview showed them. */
export const sendableLines = (preview: CohortNoticePreview | null): number[] =>
  (preview?.rows ?? []).filter((row) => row.block === null).map((row) => row.line);

const initial = { recipient: 'manager' as CohortNoticeRecipient, status: 'idle' as const, preview: null, results: null, error: null };

/** Bumped by `clear`, so an answer about a closed batch is dropped. */
let generation = 0;

const failed = (error: AppError) => {
  if (!signInExpired(error)) announce(errorText[error.code].title);
};

/** A batch's notices: previewed once for the recipient chosen, then sent per row. */
export const useNoticesStore = create<NoticesState>()((set, get) => ({
  ...initial,

  setRecipient: (recipient) => {
    if (get().status === 'sending') return;
    set({ recipient, status: 'idle', preview: null, results: null, error: null });
  },

  previewNotices: async (cohortId) => {
    const { recipient, status } = get();
    if (status === 'previewing' || status === 'sending') return;
    const asked = generation;
    set({ status: 'previewing', error: null, results: null });
    const result = await getApi().previewCohortNotices({ cohortId, recipient });
    if (asked !== generation || get().recipient !== recipient) return;
    if (!result.ok) {
      set({ status: 'idle', error: result.error });
      failed(result.error);
      return;
    }
    set({ status: 'ready', preview: result.value });
  },

  send: async (cohortId) => {
    const { recipient, status, preview } = get();
    const lines = sendableLines(preview);
    if (status !== 'ready' || lines.length === 0) return;
    const asked = generation;
    set({ status: 'sending', error: null });
    const result = await getApi().sendCohortNotices({ cohortId, recipient, lines });
    if (asked !== generation) return;
    if (!result.ok) {
      set({ status: 'ready', error: result.error });
      failed(result.error);
      return;
    }
    set({ status: 'sent', results: result.value });
    const sent = result.value.filter((row) => row.outcome === 'sent').length;
    announce(translate(m.noticesSent, { sent, notSent: result.value.length - sent }));
  },

  clear: () => {
    generation += 1;
    set(initial);
  },
}));
