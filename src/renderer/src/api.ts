import { channels, type Channel, type TapDeskApi } from '../../shared';

declare global {
  interface Window {
    /** Built by the preload from the contract; absent when the page runs outside the app. */
    tapdesk?: TapDeskApi;
  }
}

/** Told when a request to main starts and when its answer arrives, e.g. to put words to a long wait. */
export interface CallObserver {
  started(channel: Channel): void;
  settled(channel: Channel): void;
}

const channelOfMethod = new Map<string, Channel>(Object.entries(channels).map(([channel, method]) => [method, channel as Channel]));

let provided: TapDeskApi | null = null;
let observer: CallObserver | null = null;
const observed = new WeakMap<TapDeskApi, TapDeskApi>();

/** Replaces `window.tapdesk`, so component tests can run against a fake implementation. */
export const provideApi = (api: TapDeskApi | null): void => {
  provided = api;
};

export const observeCalls = (next: CallObserver | null): void => {
  observer = next;
};

/**
 * The same API, with every request reported to the observer of the moment. A new object rather than a Proxy:
 * the preload's API is frozen, and a Proxy may not hand out other functions for frozen properties. Each call
 * looks the method up afresh, so a test that swaps a fake method is still heard.
 */
const observe = (api: TapDeskApi): TapDeskApi => {
  const methods = Object.fromEntries(
    [...channelOfMethod].map(([method, channel]) => [
      method,
      (...args: unknown[]) => {
        const current = observer;
        current?.started(channel);
        const call = (api as unknown as Record<string, (...input: unknown[]) => Promise<unknown>>)[method];
        const answer = Promise.resolve(call ? call.apply(api, args) : undefined);
        void answer.finally(() => current?.settled(channel)).catch(() => undefined);
        return answer;
      },
    ]),
  );
  return { ...methods, on: (event, listener) => api.on(event, listener) } as TapDeskApi;
};

export const getApi = (): TapDeskApi => {
  const api = provided ?? window.tapdesk;
  if (!api) throw new Error('window.tapdesk is missing: the page was not loaded by TAP Desk.');
  let wrapped = observed.get(api);
  if (!wrapped) {
    wrapped = observe(api);
    observed.set(api, wrapped);
  }
  return wrapped;
};
