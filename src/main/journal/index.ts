export { DeskJournal } from './desk-journal';
export { journalHandlers } from './journal-handlers';
export { journalRecorder, withRecord, type DeskAct, type RecordAct } from './journal-recorder';
export { journalSealKey } from './journal-seal-key';
export { JournalService } from './journal-service';
