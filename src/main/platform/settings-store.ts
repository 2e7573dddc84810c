import Store from 'electron-store';
import type { KeyValueStore } from '../settings/key-value-store';

/** Profiles and preferences only: secrets never go here. */
export const settingsStore = (): KeyValueStore => {
  const store = new Store<Record<string, unknown>>({ name: 'settings' });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
};
