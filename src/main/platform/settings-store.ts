import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import { openRecoverableStore } from '../settings';

/** Profiles and preferences only: secrets never go here. */
export const settingsStore = () =>
  openRecoverableStore(() => {
    const store = new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: false });
    return {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
      delete: (key) => store.delete(key),
    };
  }, join(app.getPath('userData'), 'settings.json'));
