import type { LifetimeRange } from '../../../../../shared';
import { parseLocalInput, toIsoWithOffset, toLocalInputValue } from '../../../format/date-time';
import { lifetimeProblemOf, startProblemOf, type LifetimeProblem, type StartProblem } from './batch-options';
import type { RowOwnOptions } from './issue-rows';

/** One row's options as its dialog holds them: each either the batch's or the row's own. */
export interface RowOptionsForm {
  lifetime: 'batch' | 'own';
  minutesText: string;
  once: 'batch' | 'once' | 'multi';
  start: 'batch' | 'now' | 'at';
  /** `datetime-local` value. */
  startLocal: string;
}

export const rowFormOf = (own: RowOwnOptions): RowOptionsForm => ({
  lifetime: own.lifetimeInMinutes === undefined ? 'batch' : 'own',
  minutesText: own.lifetimeInMinutes === undefined ? '' : String(own.lifetimeInMinutes),
  once: own.isUsableOnce === undefined ? 'batch' : own.isUsableOnce ? 'once' : 'multi',
  start: own.start === undefined ? 'batch' : own.start === 'now' ? 'now' : 'at',
  startLocal: own.start === undefined || own.start === 'now' ? '' : toLocalInputValue(new Date(own.start)),
});

export interface RowOptionsProblems {
  lifetime: LifetimeProblem | null;
  start: StartProblem | null;
}

export const rowProblemsOf = (form: RowOptionsForm, range: LifetimeRange, now: Date): RowOptionsProblems => ({
  lifetime: form.lifetime === 'own' ? lifetimeProblemOf(form.minutesText, 'minutes', range) : null,
  start: form.start === 'at' ? startProblemOf(form.startLocal, now) : null,
});

/** The row's own options from the dialog; only call it once the form has no problem. */
export const ownOptionsFrom = (form: RowOptionsForm): RowOwnOptions => {
  const start = form.start === 'at' ? parseLocalInput(form.startLocal) : null;
  return {
    ...(form.lifetime === 'own' ? { lifetimeInMinutes: Number(form.minutesText) } : {}),
    ...(form.once !== 'batch' ? { isUsableOnce: form.once === 'once' } : {}),
    ...(form.start === 'now' ? { start: 'now' } : start ? { start: toIsoWithOffset(start) } : {}),
  };
};
