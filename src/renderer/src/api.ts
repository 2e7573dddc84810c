import type { TapDeskApi } from '../../shared';

declare global {
  interface Window {
    /** Built by the preload from the contract; absent when the page runs outside the app. */
    tapdesk?: TapDeskApi;
  }
}

let provided: TapDeskApi | null = null;

/** Replaces `window.tapdesk`, so component tests can run against a fake implementation. */
export const provideApi = (api: TapDeskApi | null): void => {
  provided = api;
};

export const getApi = (): TapDeskApi => {
  const api = provided ?? window.tapdesk;
  if (!api) throw new Error('window.tapdesk is missing: the page was not loaded by TAP Desk.');
  return api;
};
