import { useEffect } from 'react';

/**
 * Ctrl+Shift+K opens the bulk screen from anywhere in the workspace, and leaves it again; nothing while `enabled`
 * is false. Ctrl+J (journal) and Ctrl+F (search) are the workspace's other keys. The window keeps Electron's default
 * menu, whose roles bind reload (Ctrl+R, Ctrl+Shift+R), developer tools (Ctrl+Shift+I), zoom and full screen
 * (https://www.electronjs.org/docs/latest/api/menu-item#roles), none of them K.
 */
export const useBulkShortcut = (enabled: boolean, toggle: () => void): void => {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        toggle();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, toggle]);
};
