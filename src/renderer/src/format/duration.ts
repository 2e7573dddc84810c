import { formatLifetime, type LifetimeRange } from '../../../shared';
import { inUiLocale } from '../ui/i18n/translate';

/** 90 → "1 hour, 30 minutes", 10080 → "7 days": the one duration wording, shared with the e-mail notice. */
export const formatMinutes = (total: number): string => inUiLocale((locale) => formatLifetime(total, locale));

/** "10 minutes–30 days": the lifetimes a range allows, for the create form and the settings page alike. */
export const formatLifetimeRange = (range: LifetimeRange): string =>
  `${formatMinutes(range.minimumLifetimeInMinutes)}–${formatMinutes(range.maximumLifetimeInMinutes)}`;

/** 114 → "1:54", for countdowns. */
export const formatClock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
