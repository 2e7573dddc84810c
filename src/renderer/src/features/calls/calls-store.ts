import { create } from 'zustand';
import type { Channel, WaitReason } from '../../../../shared';
import { getApi, observeCalls } from '../../api';

/** A request main is still answering: since when, and the pause main announced, if any. */
export interface RunningCall {
  channel: Channel;
  startedAt: number;
  /** How many requests on this channel are running (a search typed quickly overlaps). */
  count: number;
  pause: { reason: WaitReason; since: number; until: number } | null;
}

interface CallsState {
  running: Partial<Record<Channel, RunningCall>>;
  started: (channel: Channel) => void;
  settled: (channel: Channel) => void;
  paused: (channel: Channel, reason: WaitReason, seconds: number) => void;
  /** Stops waiting for the channel's requests; each then answers `cancelled`. */
  cancel: (channel: Channel) => Promise<void>;
}

export const useCallsStore = create<CallsState>()((set, get) => ({
  running: {},

  started: (channel) =>
    set(({ running }) => {
      const current = running[channel];
      return { running: { ...running, [channel]: current ? { ...current, count: current.count + 1 } : { channel, startedAt: Date.now(), count: 1, pause: null } } };
    }),

  settled: (channel) =>
    set(({ running }) => {
      const current = running[channel];
      if (!current) return {};
      const { [channel]: _done, ...others } = running;
      return { running: current.count > 1 ? { ...running, [channel]: { ...current, count: current.count - 1 } } : others };
    }),

  paused: (channel, reason, seconds) =>
    set(({ running }) => {
      const current = running[channel];
      // A pause for a request the screen no longer waits for has nothing to explain.
      if (!current) return {};
      const since = Date.now();
      return { running: { ...running, [channel]: { ...current, pause: { reason, since, until: since + seconds * 1000 } } } };
    }),

  cancel: async (channel) => {
    if (!get().running[channel]) return;
    await getApi().cancelCall({ channel });
  },
}));

/** Follows every request and main's announced pauses from now on; returns the function that stops it. */
export const followCalls = (): (() => void) => {
  const { started, settled, paused } = useCallsStore.getState();
  observeCalls({ started, settled });
  const stopListening = getApi().on('event:waiting', ({ channel, reason, seconds }) => paused(channel as Channel, reason, seconds));
  return () => {
    observeCalls(null);
    stopListening();
  };
};
