import { useMemo } from 'react';
import { create } from 'zustand';
import type { CohortAction, CohortCheck } from '../../../../../shared';
import { batchDefaults, changeBatch, type BatchOptions } from './batch-options';
import type { Overrides, RowOwnOptions } from './issue-rows';
import { applyBulkChoice, linesChangedBy, type BulkChoice, type Choices, type FindingFilter } from './review-model';

/** What the technician decided for one checked cohort, kept while the screen shows another step. */
export interface ReviewDraft {
  cohortId: string;
  choices: Choices;
  overrides: Overrides;
  batch: BatchOptions;
  filter: FindingFilter;
  page: number;
}

export const draftFor = (check: CohortCheck): ReviewDraft => ({
  cohortId: check.cohortId,
  choices: {},
  overrides: {},
  batch: batchDefaults(check.policy),
  filter: 'all',
  page: 0,
});

interface ReviewState {
  draft: ReviewDraft | null;
  setChoice: (check: CohortCheck, line: number, action: CohortAction) => void;
  /** Returns how many rows it changed. */
  applyBulk: (check: CohortCheck, bulk: BulkChoice) => number;
  setOverride: (check: CohortCheck, line: number, own: RowOwnOptions | null) => void;
  updateBatch: (check: CohortCheck, patch: Partial<BatchOptions>) => void;
  setFilter: (check: CohortCheck, filter: FindingFilter) => void;
  setPage: (check: CohortCheck, page: number) => void;
  reset: () => void;
}

/** A draft belongs to one check: a new check starts from its own defaults. */
const current = (draft: ReviewDraft | null, check: CohortCheck): ReviewDraft => (draft?.cohortId === check.cohortId ? draft : draftFor(check));

export const useReviewStore = create<ReviewState>()((set, get) => {
  const edit = (check: CohortCheck, change: (draft: ReviewDraft) => Partial<ReviewDraft>) =>
    set((state) => {
      const draft = current(state.draft, check);
      return { draft: { ...draft, ...change(draft) } };
    });
  return {
    draft: null,
    setChoice: (check, line, action) => edit(check, (draft) => ({ choices: { ...draft.choices, [line]: action } })),
    applyBulk: (check, bulk) => {
      const changed = linesChangedBy(check.rows, current(get().draft, check).choices, bulk).length;
      edit(check, (draft) => ({ choices: applyBulkChoice(check.rows, draft.choices, bulk) }));
      return changed;
    },
    setOverride: (check, line, own) =>
      edit(check, (draft) => {
        const { [line]: _dropped, ...others } = draft.overrides;
        return { overrides: own ? { ...others, [line]: own } : others };
      }),
    updateBatch: (check, patch) => edit(check, (draft) => ({ batch: changeBatch(draft.batch, patch, check.policy) })),
    setFilter: (check, filter) => edit(check, () => ({ filter, page: 0 })),
    setPage: (check, page) => edit(check, () => ({ page })),
    reset: () => set({ draft: null }),
  };
});

/** The draft for this check: the one kept in the store, or the check's defaults until the first change. */
export const useReviewDraft = (check: CohortCheck): ReviewDraft => {
  const stored = useReviewStore((state) => state.draft);
  const initial = useMemo(() => draftFor(check), [check]);
  return stored?.cohortId === check.cohortId ? stored : initial;
};

/** Forgets every choice, when the batch closes or the technician signs out. */
export const resetReview = (): void => useReviewStore.getState().reset();
