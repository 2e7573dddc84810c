import { clampLifetime, serviceLimits, withinRange, type LifetimeRange } from '../../../../shared';
import { formatLifetimeRange } from '../../format/duration';
import { translate } from '../../ui/i18n/translate';
import { issuingMessages as m } from './messages';

/** 1 hour, 4 hours, 8 hours, 1 day, 7 days, 30 days. */
const standardPresets = [60, 240, 480, 1440, 10_080, 43_200] as const;
const fallbackLifetime = 60;

export const defaultLifetime = (range: LifetimeRange | null, policyDefault: number | null): number =>
  clampLifetime(policyDefault ?? fallbackLifetime, range ?? serviceLimits);

/** Only what the tenant accepts, and always the defaults so the preselected choice is visible. */
export const presetsFor = (range: LifetimeRange | null, policyDefault: number | null, tenantDefault: number | null): number[] => {
  const allowed = (minutes: number) => range === null || withinRange(minutes, range);
  const defaults = [range ? defaultLifetime(range, policyDefault) : null, tenantDefault].filter((minutes) => minutes !== null);
  return [...new Set([...standardPresets, ...defaults])].filter(allowed).sort((a, b) => a - b);
};

/** Whole minutes typed in the custom field, or null when it is not a whole number. */
export const parseLifetime = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

export const lifetimeProblem = (text: string, range: LifetimeRange | null): string | null => {
  const minutes = parseLifetime(text);
  const limits = range ?? serviceLimits;
  if (minutes === null) return translate(m.lifetimeNotWhole);
  if (!withinRange(minutes, limits)) {
    // The bounds as digits, the way the minutes field takes them.
    return translate(m.lifetimeOutOfRange, {
      minimum: String(limits.minimumLifetimeInMinutes),
      maximum: String(limits.maximumLifetimeInMinutes),
      range: formatLifetimeRange(limits),
    });
  }
  return null;
};
