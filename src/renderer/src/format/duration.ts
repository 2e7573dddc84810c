import type { LifetimeRange } from '../../../shared';

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** 90 → "1 hour 30 minutes", 10080 → "7 days". */
export const formatMinutes = (total: number): string => {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [
    days > 0 ? plural(days, 'day') : '',
    hours > 0 ? plural(hours, 'hour') : '',
    minutes > 0 || total === 0 ? plural(minutes, 'minute') : '',
  ];
  return parts.filter(Boolean).join(' ');
};

/** "10 minutes–30 days": the lifetimes a range allows, for the create form and the settings page alike. */
export const formatLifetimeRange = (range: LifetimeRange): string =>
  `${formatMinutes(range.minimumLifetimeInMinutes)}–${formatMinutes(range.maximumLifetimeInMinutes)}`;

/** 114 → "1:54", for countdowns. */
export const formatClock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
