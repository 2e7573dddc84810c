import { renameSync } from 'node:fs';
import type { KeyValueStore } from '../platform/ports';

/**
 * Opens the settings file; one that is not valid JSON (hand-edited, half-written) is moved aside rather
 * than overwritten, and the reason comes back for the technician to read.
 */
export const openRecoverableStore = (open: () => KeyValueStore, file: string, now: () => number = Date.now): { store: KeyValueStore; problem: string | null } => {
  try {
    return { store: open(), problem: null };
  } catch (error) {
    const aside = `${file}.unreadable-${now()}`;
    renameSync(file, aside);
    const reason = error instanceof Error ? error.message : String(error);
    return { store: open(), problem: `TAP Desk could not read its settings file (${reason}). It was kept as ${aside}; TAP Desk starts with empty settings.` };
  }
};
