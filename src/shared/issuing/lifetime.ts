/**
 * What the service accepts for a pass's lifetime: the policy's range lies within these limits
 * (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#enable-the-temporary-access-pass-policy).
 */
export const MIN_LIFETIME_MINUTES = 10;
export const MAX_LIFETIME_MINUTES = 43_200;

/** The lifetimes a tenant allows, as its policy states them or as the service reported them. */
export interface LifetimeRange {
  minimumLifetimeInMinutes: number;
  maximumLifetimeInMinutes: number;
}

export const serviceLimits: LifetimeRange = {
  minimumLifetimeInMinutes: MIN_LIFETIME_MINUTES,
  maximumLifetimeInMinutes: MAX_LIFETIME_MINUTES,
};

export const policyRange = (policy: LifetimeRange | null): LifetimeRange | null =>
  policy ? { minimumLifetimeInMinutes: policy.minimumLifetimeInMinutes, maximumLifetimeInMinutes: policy.maximumLifetimeInMinutes } : null;

export const withinRange = (minutes: number, range: LifetimeRange): boolean =>
  minutes >= range.minimumLifetimeInMinutes && minutes <= range.maximumLifetimeInMinutes;

export const clampLifetime = (minutes: number, range: LifetimeRange): number =>
  Math.min(range.maximumLifetimeInMinutes, Math.max(range.minimumLifetimeInMinutes, minutes));

/** When a pass stops working: its start (or creation, or now) plus its lifetime. */
export const expiryOf = (pass: { startDateTime: string | null; createdDateTime: string | null; lifetimeInMinutes: number }, now: number): Date =>
  new Date(Date.parse(pass.startDateTime ?? pass.createdDateTime ?? new Date(now).toISOString()) + pass.lifetimeInMinutes * 60_000);

const lifetimeParts = (minutes: number): { value: number; unit: 'day' | 'hour' | 'minute' }[] => {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    { value: days, unit: 'day' as const },
    { value: hours, unit: 'hour' as const },
    { value: rest, unit: 'minute' as const },
  ].filter((part) => part.value > 0);
  return parts.length > 0 ? parts : [{ value: 0, unit: 'minute' }];
};

/** "1 day, 2 hours" / "1 Tag, 2 Stunden": in the language asked for (the recipient's in a mail, the UI's on screen). */
export const formatLifetime = (minutes: number, locale: string): string =>
  new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(
    lifetimeParts(minutes).map(({ value, unit }) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)),
  );
