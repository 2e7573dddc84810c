import { useDeskCommand, type CommandKeys } from '../../ui/use-desk-command';
import { useJournalViewStore } from './journal-view-store';

const journalKeys: CommandKeys = (event) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'j';

const toggleJournal = () => useJournalViewStore.getState().toggle();

/**
 * Ctrl+J, or the journal's item in the application menu, opens the journal from anywhere in the workspace and closes
 * it again; nothing while `enabled` is false.
 */
export const useJournalShortcut = (enabled: boolean): void => useDeskCommand('journal', journalKeys, toggleJournal, enabled);
