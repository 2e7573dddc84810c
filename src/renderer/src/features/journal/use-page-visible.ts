import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
};

const visible = () => document.visibilityState === 'visible';

/** False while the window is minimised or hidden behind another: nobody is looking, so nothing needs asking. */
export const usePageVisible = (): boolean => useSyncExternalStore(subscribe, visible);
