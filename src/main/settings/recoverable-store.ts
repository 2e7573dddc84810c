import { renameSync } from 'node:fs';
import type { StoreProblem } from '../../shared';
import type { KeyValueStore } from '../platform/ports';

/**
 * Opens the settings file; one that is not valid JSON (hand-edited, half-written) is moved aside rather
 * than overwritten, and the reason comes back for the technician to read.
 */
export const openRecoverableStore = (open: () => KeyValueStore, file: string, now: () => number = Date.now): { store: KeyValueStore; problem: StoreProblem | null } => {
  try {
    return { store: open(), problem: null };
  } catch (error) {
    const aside = `${file}.unreadable-${now()}`;
    renameSync(file, aside);
    return { store: open(), problem: { keptAs: aside, detail: error instanceof Error ? error.message : String(error) } };
  }
};
