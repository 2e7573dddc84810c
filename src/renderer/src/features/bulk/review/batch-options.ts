import { clampLifetime, policyRange, serviceLimits, withinRange, type LifetimeRange, type TapPolicy } from '../../../../../shared';
import { parseLocalInput, toIsoWithOffset } from '../../../format/date-time';
import { minuteOfDayOf } from './hire-start';

export type LifetimeUnit = 'minutes' | 'hours';

/** When the passes start: at once, on each person's hire date when it is ahead, or at one chosen time. */
export type StartRule = 'now' | 'hire' | 'at';

/** The options every pass of the batch goes out with, unless a row brings its own; as the form holds them. */
export interface BatchOptions {
  lifetimeText: string;
  lifetimeUnit: LifetimeUnit;
  /** True once the technician sets the lifetime: a change of start rule then leaves it as they set it. */
  lifetimeChosen: boolean;
  isUsableOnce: boolean;
  start: StartRule;
  /** `time` value (HH:MM), used with `start: 'hire'`: when a pass starts on its hire date, in the desk's time zone. */
  hireTime: string;
  /** `datetime-local` value, used with `start: 'at'`. */
  startLocal: string;
}

export type LifetimeProblem = 'not_whole' | 'out_of_range';
export type StartProblem = 'missing' | 'in_past';
export type HireTimeProblem = 'missing';

const fallbackLifetime = 60;
/** A pass for someone's first day lasts their working day. */
const workdayLifetime = 480;
const workdayStart = '08:00';

/**
 * What the batch's lifetime must lie within: the policy's minimum and maximum, else the service's own limits
 * (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethodconfiguration).
 */
export const lifetimeRangeOf = (policy: TapPolicy | null): LifetimeRange => policyRange(policy) ?? serviceLimits;

/** A whole number of hours reads better than its minutes, so the form shows one when it can. */
const asText = (minutes: number): Pick<BatchOptions, 'lifetimeText' | 'lifetimeUnit'> =>
  minutes % 60 === 0 ? { lifetimeText: String(minutes / 60), lifetimeUnit: 'hours' } : { lifetimeText: String(minutes), lifetimeUnit: 'minutes' };

/**
 * A pass that starts later waits for someone's working day, which the policy's default (an hour in many tenants)
 * does not cover: 8 hours, or the nearest the range allows. A pass that starts at once keeps the policy's default.
 */
const defaultLifetimeFor = (start: StartRule, policy: TapPolicy | null): number =>
  clampLifetime(start === 'now' ? (policy?.defaultLifetimeInMinutes ?? fallbackLifetime) : workdayLifetime, lifetimeRangeOf(policy));

/** The hire date rule, since most of a cohort starts later, with its working day; the policy's one-time rule. */
export const batchDefaults = (policy: TapPolicy | null): BatchOptions => ({
  ...asText(defaultLifetimeFor('hire', policy)),
  lifetimeChosen: false,
  isUsableOnce: policy?.isUsableOnce ?? false,
  start: 'hire',
  hireTime: workdayStart,
  startLocal: '',
});

/** The options after one change: another start rule brings its own lifetime, until the technician sets one. */
export const changeBatch = (options: BatchOptions, patch: Partial<BatchOptions>, policy: TapPolicy | null): BatchOptions => {
  const next = { ...options, ...patch };
  if (patch.lifetimeText !== undefined || patch.lifetimeUnit !== undefined) return { ...next, lifetimeChosen: true };
  if (patch.start !== undefined && patch.start !== options.start && !options.lifetimeChosen) return { ...next, ...asText(defaultLifetimeFor(patch.start, policy)) };
  return next;
};

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

/** When the batch's passes start, as they go out. */
export type StartPlan =
  | { start: 'now' }
  /** On each person's hire date, this many minutes after its midnight in the desk's time zone. */
  | { start: 'hire'; minuteOfDay: number }
  /** ISO 8601 with the local offset. */
  | { start: 'at'; startDateTime: string };

/** The batch's options as they go out: whole minutes, the one-time rule the policy leaves, the start. */
export type ResolvedBatch = { lifetimeInMinutes: number; isUsableOnce: boolean; oneTimeForced: boolean } & StartPlan;

export interface BatchProblems {
  lifetime: LifetimeProblem | null;
  start: StartProblem | null;
  hireTime: HireTimeProblem | null;
}

export const batchProblemsOf = (options: BatchOptions, policy: TapPolicy | null, now: Date): BatchProblems => ({
  lifetime: lifetimeProblemOf(options.lifetimeText, options.lifetimeUnit, lifetimeRangeOf(policy)),
  start: options.start === 'at' ? startProblemOf(options.startLocal, now) : null,
  hireTime: options.start === 'hire' && minuteOfDayOf(options.hireTime) === null ? 'missing' : null,
});

/** The batch's start as it goes out, or null while the form's start holds a problem. */
export const resolveStart = (options: BatchOptions, now: Date): StartPlan | null => {
  if (options.start === 'now') return { start: 'now' };
  if (options.start === 'hire') {
    const minuteOfDay = minuteOfDayOf(options.hireTime);
    return minuteOfDay === null ? null : { start: 'hire', minuteOfDay };
  }
  const start = parseLocalInput(options.startLocal);
  return start && !startProblemOf(options.startLocal, now) ? { start: 'at', startDateTime: toIsoWithOffset(start) } : null;
};

/** The batch's options ready to go out, or null while the form holds a problem. */
export const resolveBatch = (options: BatchOptions, policy: TapPolicy | null, now: Date): ResolvedBatch | null => {
  const plan = resolveStart(options, now);
  const minutes = minutesOf(options.lifetimeText, options.lifetimeUnit);
  if (!plan || minutes === null || lifetimeProblemOf(options.lifetimeText, options.lifetimeUnit, lifetimeRangeOf(policy))) return null;
  const forced = oneTimeForced(policy);
  return { lifetimeInMinutes: minutes, isUsableOnce: forced || options.isUsableOnce, oneTimeForced: forced, ...plan };
};
