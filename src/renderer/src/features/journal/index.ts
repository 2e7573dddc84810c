// This desk's journal: today's passes and their status, the tenant's passes from Entra, exports and the daily report.
export { clearJournal } from './clear-journal';
export { JournalButton } from './journal-button';
export { JournalPanel } from './journal-panel';
export { JournalProblemNotice } from './journal-problem-notice';
export { useJournalStore } from './journal-store';
export { peopleOf } from './today-model';
export { useJournalShortcut } from './use-journal-shortcut';
export { journalCatalogue } from './translations';
