import { create } from 'zustand';
import type { JournalWriteProblem } from '../../../../shared';
import { announce } from '../../ui/announcer-store';
import { translate } from '../../ui/i18n/translate';
import { journalMessages as m } from './messages';

interface JournalProblemState {
  /** Acts the journal could not record, oldest first, until the technician has read them. */
  problems: JournalWriteProblem[];
  /** Problems already read, so a later answer that repeats one does not bring it back. */
  dismissed: string[];
  report: (problem: JournalWriteProblem) => void;
  dismiss: () => void;
}

const keyOf = (problem: JournalWriteProblem): string => `${problem.at} ${problem.action}`;

/**
 * Kept across account changes and the panel's closing: the act is done and missing from the record, which
 * matters until someone has noted it.
 */
export const useJournalProblemStore = create<JournalProblemState>()((set, get) => ({
  problems: [],
  dismissed: [],

  report: (problem) => {
    const { problems, dismissed } = get();
    const key = keyOf(problem);
    if (dismissed.includes(key) || problems.some((known) => keyOf(known) === key)) return;
    set({ problems: [...problems, problem] });
    announce(translate(m.problemTitle));
  },

  dismiss: () => {
    const { problems, dismissed } = get();
    set({ problems: [], dismissed: [...dismissed, ...problems.map(keyOf)] });
  },
}));
