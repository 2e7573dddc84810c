import { useEffect, useRef } from 'react';

/**
 * Gives the focus back to what had it when a dialog opened (the button that opened it) once the dialog is gone:
 * a dialog rendered open, without Fluent's trigger, does not do so by itself.
 */
export const useReturnFocus = (): void => {
  const returnTo = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => {
    const target = returnTo.current;
    return () => {
      if (target?.isConnected) target.focus();
    };
  }, []);
};
