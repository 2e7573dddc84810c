import { useEffect } from 'react';
import { useJournalViewStore } from './journal-view-store';

/** Ctrl+J opens the journal from anywhere in the workspace, and closes it again; nothing while `enabled` is false. */
export const useJournalShortcut = (enabled: boolean): void => {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'j') {
        event.preventDefault();
        useJournalViewStore.getState().toggle();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
};
