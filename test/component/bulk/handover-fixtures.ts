import { act } from '@testing-library/react';
import { createElement } from 'react';
import { vi } from 'vitest';
import type { CheckedRow, CohortCheck, CohortRowResult, CohortRun } from '../../../src/shared';
import { BulkScreen } from '../../../src/renderer/src/features/bulk/bulk-screen';
import { useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { checkedRow, cohortCheck, cohortId, cohortRun, rowResult } from '../fake-api';
import { renderInTheme } from '../render';

/** Four people of one batch, as the check found them. */
export const ada = checkedRow(2, 'Ada Lovelace');
export const brian = checkedRow(3, 'Brian Kernighan');
export const carla = checkedRow(4, 'Carla Bruni');
export const dmitri = checkedRow(5, 'Dmitri Mendeleev');
export const fourPeople: CheckedRow[] = [ada, brian, carla, dmitri];

/** Puts a finished run on the bulk screen, as if it had just been issued. */
export const finishRun = (run: CohortRun, check: CohortCheck = cohortCheck(fourPeople)) =>
  act(() =>
    useBulkStore.setState({
      shown: true,
      step: 'results',
      cohortId,
      check,
      run,
      heldCountdown: run.heldUntil ? { startedAt: Date.now(), endsAt: new Date(run.heldUntil).getTime() } : null,
    }),
  );

/** The bulk screen alone, showing the run's results; `onOpenCard` is the app's way to a person's card. */
export const showResults = (rows: CohortRowResult[], extra: Partial<CohortRun> = {}, check?: CohortCheck) => {
  const onOpenCard = vi.fn();
  const view = renderInTheme(createElement(BulkScreen, { onOpenCard }));
  finishRun(cohortRun(rows, extra), check);
  return { ...view, onOpenCard };
};

/** Every one of the four issued and waiting for the desk. */
export const allIssued = (): CohortRowResult[] => fourPeople.map((row) => rowResult(row.line));
