import { useLayoutEffect } from 'react';
import { getApi } from '../../api';

/**
 * Screen capture and sharing see a blank window while the pass is on screen. A layout effect asks
 * before the browser paints the pass, and the clean-up lifts it on hide, wipe and unmount alike.
 */
export const useContentProtection = (passOnScreen: boolean): void => {
  useLayoutEffect(() => {
    if (!passOnScreen) return undefined;
    void getApi().setPassVisible({ visible: true });
    return () => void getApi().setPassVisible({ visible: false });
  }, [passOnScreen]);
};
