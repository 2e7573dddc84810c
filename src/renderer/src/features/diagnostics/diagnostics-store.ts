import { create } from 'zustand';
import type { AppError, DiagnosticsCopied } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { diagnosticsMessages as m } from './messages';

export type DiagnosticsOutcome = { copied: DiagnosticsCopied } | { error: AppError };

interface DiagnosticsState {
  copying: boolean;
  /** What the last copy came to, shown until the technician closes it. */
  outcome: DiagnosticsOutcome | null;
  copy: () => Promise<void>;
  dismiss: () => void;
}

export const useDiagnosticsStore = create<DiagnosticsState>()((set, get) => ({
  copying: false,
  outcome: null,

  copy: async () => {
    if (get().copying) return;
    set({ copying: true, outcome: null });
    const result = await getApi().copyDiagnostics();
    set({ copying: false, outcome: result.ok ? { copied: result.value } : { error: result.error } });
    announce(result.ok ? translate(m.copiedTitle) : errorText[result.error.code].title);
  },

  dismiss: () => set({ outcome: null }),
}));
