import { defaultPreferences, preferencesSchema, type Preferences } from '../../shared';
import type { KeyValueStore } from '../platform/ports';

const KEY = 'preferences';

/** The technician's language and theme, kept in the app's store; an unreadable entry falls back to the defaults. */
export class PreferencesRepository {
  constructor(private readonly store: KeyValueStore) {}

  load(): Preferences {
    const stored = preferencesSchema.safeParse(this.store.get(KEY));
    return stored.success ? stored.data : defaultPreferences;
  }

  save(preferences: Preferences): Preferences {
    this.store.set(KEY, preferences);
    return preferences;
  }
}
