import { useEffect, useState } from 'react';

/** A countdown as epoch milliseconds; `startedAt` is what the first render counts from. */
export interface Countdown {
  startedAt: number;
  endsAt: number;
}

export const countdownOf = (seconds: number): Countdown => {
  const startedAt = Date.now();
  return { startedAt, endsAt: startedAt + seconds * 1000 };
};

/**
 * Whole seconds left, re-read from the clock every second so a timer slowed down in a background
 * window cannot make the countdown lag behind; restarts whenever a new countdown arrives.
 */
export const useSecondsLeft = (countdown: Countdown | null): number => {
  const [latest, setLatest] = useState<{ countdown: Countdown; now: number } | null>(null);

  useEffect(() => {
    if (!countdown) return undefined;
    const timer = setInterval(() => {
      const now = Date.now();
      setLatest({ countdown, now });
      // Past the deadline nothing changes any more, so the page need not wake up for it.
      if (now >= countdown.endsAt) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [countdown]);

  if (!countdown) return 0;
  const now = latest?.countdown === countdown ? latest.now : countdown.startedAt;
  return Math.max(0, Math.ceil((countdown.endsAt - now) / 1000));
};
