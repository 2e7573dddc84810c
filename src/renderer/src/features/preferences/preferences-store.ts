import { create } from 'zustand';
import { defaultPreferences, type Preferences } from '../../../../shared';
import { getApi } from '../../api';

interface PreferencesState {
  preferences: Preferences;
  /** True once main's stored choices are known; until then the OS language and theme apply. */
  loaded: boolean;
  load: () => Promise<void>;
  choose: (change: Partial<Preferences>) => Promise<void>;
}

export const usePreferencesStore = create<PreferencesState>()((set, get) => ({
  preferences: defaultPreferences,
  loaded: false,

  load: async () => {
    const result = await getApi().getPreferences();
    set({ loaded: true, ...(result.ok ? { preferences: result.value } : {}) });
  },

  // The screen changes at once; a choice that could not be stored still holds until the app closes.
  choose: async (change) => {
    const preferences = { ...get().preferences, ...change };
    set({ preferences });
    await getApi().savePreferences({ preferences });
  },
}));
