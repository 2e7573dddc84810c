import { addMinutes } from '../../../format/date-time';
import type { StartPlan } from './batch-options';

/** When the batch's passes that start later are valid, for the form to say before anything is issued. */
export interface Validity {
  start: 'hire' | 'at';
  /** With `hire`, only the time of day counts: each person's day is their own. */
  from: Date;
  to: Date;
  /** How many days after the day it starts a pass ends: 0 when it ends the same day. */
  daysLater: number;
  /** A pass that ends before noon of its day leaves anyone who comes later with one that no longer works. */
  endsBeforeNoon: boolean;
}

const dayMinutes = 24 * 60;
const noon = 12 * 60;

const daysBetween = (from: Date, to: Date): number =>
  Math.round((new Date(to.getFullYear(), to.getMonth(), to.getDate()).getTime() - new Date(from.getFullYear(), from.getMonth(), from.getDate()).getTime()) / (dayMinutes * 60_000));

/**
 * The times a hire date's pass is valid, counted on the clock: a night the clocks change makes the real end an hour
 * off, which a day's pass does not meet. Null for passes that start at once.
 */
export const validityOf = (plan: StartPlan, lifetimeInMinutes: number): Validity | null => {
  if (plan.start === 'now') return null;
  if (plan.start === 'hire') {
    const end = plan.minuteOfDay + lifetimeInMinutes;
    const clock = (minute: number) => new Date(2000, 0, 1, Math.floor(minute / 60), minute % 60);
    return { start: 'hire', from: clock(plan.minuteOfDay), to: clock(end % dayMinutes), daysLater: Math.floor(end / dayMinutes), endsBeforeNoon: end < noon };
  }
  const from = new Date(plan.startDateTime);
  const to = addMinutes(from, lifetimeInMinutes);
  const daysLater = daysBetween(from, to);
  return { start: 'at', from, to, daysLater, endsBeforeNoon: daysLater === 0 && to.getHours() * 60 + to.getMinutes() < noon };
};
