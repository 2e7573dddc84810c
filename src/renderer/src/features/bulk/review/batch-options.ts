import { clampLifetime, policyRange, serviceLimits, withinRange, type LifetimeRange, type TapPolicy } from '../../../../../shared';
import { parseLocalInput, toIsoWithOffset } from '../../../format/date-time';

export type LifetimeUnit = 'minutes' | 'hours';

/** When the passes start: at once, on each person's hire date when it is ahead, or at one chosen time. */
export type StartRule = 'now' | 'hire' | 'at';

/** The options every pass of the batch goes out with, unless a row brings its own; as the form holds them. */
export interface BatchOptions {
  lifetimeText: string;
  lifetimeUnit: LifetimeUnit;
  isUsableOnce: boolean;
  start: StartRule;
  /** `datetime-local` value, used with `start: 'at'`. */
  startLocal: string;
}

export type LifetimeProblem = 'not_whole' | 'out_of_range';
export type StartProblem = 'missing' | 'in_past';

const fallbackLifetime = 60;

/**
 * What the batch's lifetime must lie within: the policy's minimum and maximum, else the service's own limits
 * (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethodconfiguration).
 */
export const lifetimeRangeOf = (policy: TapPolicy | null): LifetimeRange => policyRange(policy) ?? serviceLimits;

/** A whole number of hours reads better than its minutes, so the form shows one when it can. */
const asText = (minutes: number): Pick<BatchOptions, 'lifetimeText' | 'lifetimeUnit'> =>
  minutes % 60 === 0 ? { lifetimeText: String(minutes / 60), lifetimeUnit: 'hours' } : { lifetimeText: String(minutes), lifetimeUnit: 'minutes' };

/** The policy's defaults where it is known; the hire date rule, since most of a cohort starts later. */
export const batchDefaults = (policy: TapPolicy | null): BatchOptions => ({
  ...asText(clampLifetime(policy?.defaultLifetimeInMinutes ?? fallbackLifetime, lifetimeRangeOf(policy))),
  isUsableOnce: policy?.isUsableOnce ?? false,
  start: 'hire',
  startLocal: '',
});

/** Whole minutes for the typed text in its unit, or null when it is not a whole number. */
export const minutesOf = (text: string, unit: LifetimeUnit): number | null => {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  return Number(text) * (unit === 'hours' ? 60 : 1);
};

export const lifetimeProblemOf = (text: string, unit: LifetimeUnit, range: LifetimeRange): LifetimeProblem | null => {
  const minutes = minutesOf(text, unit);
  if (minutes === null) return 'not_whole';
  return withinRange(minutes, range) ? null : 'out_of_range';
};

/**
 * A chosen start must be a whole date and time that has not passed. Microsoft documents startDateTime only as
 * when the pass becomes usable (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethod)
 * and is silent on a start in the past; one is refused here, as the single flow does.
 */
export const startProblemOf = (local: string, now: Date): StartProblem | null => {
  const start = parseLocalInput(local);
  if (!start) return 'missing';
  return start.getTime() < now.getTime() - 60_000 ? 'in_past' : null;
};

/**
 * A policy with isUsableOnce restricts every pass in the tenant to one-time use
 * (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethodconfiguration), so there
 * is nothing to choose: the service refuses a multi-use one.
 */
export const oneTimeForced = (policy: TapPolicy | null): boolean => policy?.isUsableOnce ?? false;

/** The batch's options as they go out: whole minutes, the one-time rule the policy leaves, the start rule. */
export interface ResolvedBatch {
  lifetimeInMinutes: number;
  isUsableOnce: boolean;
  oneTimeForced: boolean;
  start: StartRule;
  /** With `start: 'at'`: the chosen time, ISO 8601 with the local offset. */
  startDateTime: string | null;
}

export interface BatchProblems {
  lifetime: LifetimeProblem | null;
  start: StartProblem | null;
}

export const batchProblemsOf = (options: BatchOptions, policy: TapPolicy | null, now: Date): BatchProblems => ({
  lifetime: lifetimeProblemOf(options.lifetimeText, options.lifetimeUnit, lifetimeRangeOf(policy)),
  start: options.start === 'at' ? startProblemOf(options.startLocal, now) : null,
});

/** The batch's options ready to go out, or null while the form holds a problem. */
export const resolveBatch = (options: BatchOptions, policy: TapPolicy | null, now: Date): ResolvedBatch | null => {
  const problems = batchProblemsOf(options, policy, now);
  const minutes = minutesOf(options.lifetimeText, options.lifetimeUnit);
  const start = options.start === 'at' ? parseLocalInput(options.startLocal) : null;
  if (problems.lifetime || problems.start || minutes === null) return null;
  const forced = oneTimeForced(policy);
  return {
    lifetimeInMinutes: minutes,
    isUsableOnce: forced || options.isUsableOnce,
    oneTimeForced: forced,
    start: options.start,
    startDateTime: start ? toIsoWithOffset(start) : null,
  };
};
