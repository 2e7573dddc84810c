import type { DeskAct, RecordAct } from '../journal';

/**
 * A run's journal entries, written a batch's worth at a time: each write is flushed to disk, and a flush per row
 * would hold every lane of the run behind the disk. Acts added while one batch's rows end are written together
 * right after, in order; `flush` writes what is left and waits for every write.
 */
export const groupedRecord = (record: RecordAct) => {
  let pending: DeskAct[] = [];
  let written: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    const acts = pending;
    pending = [];
    if (acts.length > 0) written = written.then(() => record(acts)).catch(() => undefined);
    return written;
  };
  return {
    add(act: DeskAct): void {
      pending.push(act);
      if (pending.length === 1) setImmediate(() => void flush());
    },
    flush,
  };
};
