import { useEffect, useState } from 'react';

/**
 * Seconds left until `seconds` after `source` appeared; restarts whenever a new `source` arrives,
 * so two throttling answers with the same Retry-After each get their own countdown.
 */
export const useCountdown = (source: object, seconds: number | undefined): number => {
  const initial = Math.ceil(seconds ?? 0);
  const [state, setState] = useState({ source, remaining: initial });
  if (state.source !== source) setState({ source, remaining: initial });

  useEffect(() => {
    if (!seconds) return undefined;
    const timer = setInterval(() => {
      setState((current) => (current.remaining > 0 ? { ...current, remaining: current.remaining - 1 } : current));
    }, 1000);
    return () => clearInterval(timer);
  }, [source, seconds]);

  return state.source === source ? state.remaining : initial;
};
