import { create } from 'zustand';
import type { TenantSettings } from '../../../../shared';
import { getApi } from '../../api';
import { useSessionStore } from '../accounts';

interface TenantSettingsState {
  /** The profile `settings` belong to: the active account's. */
  profileId: string | null;
  /** Null until loaded, and when they could not be loaded: the app then behaves as without settings. */
  settings: TenantSettings | null;
  load: (profileId: string | null) => Promise<void>;
  /** Takes settings just saved, when they belong to the active profile. */
  apply: (profileId: string, settings: TenantSettings) => void;
}

export const useTenantSettingsStore = create<TenantSettingsState>()((set, get) => ({
  profileId: null,
  settings: null,

  load: async (profileId) => {
    // Another profile's defaults must never shape this one's passes, not even while loading.
    set({ profileId, settings: null });
    if (!profileId) return;
    const result = await getApi().getTenantSettings({ profileId });
    // A failure is shown where the settings are edited; here it only means working without them.
    if (result.ok && get().profileId === profileId) set({ settings: result.value.settings });
  },

  apply: (profileId, settings) => {
    if (get().profileId === profileId) set({ settings });
  },
}));

/** The settings of the active account's tenant, or null while they are not known. */
export const activeTenantSettings = (): TenantSettings | null => {
  const { profileId, settings } = useTenantSettingsStore.getState();
  const active = useSessionStore.getState().session?.active?.profileId ?? null;
  return active !== null && profileId === active ? settings : null;
};

/** The pass defaults of the active account's tenant, or null while they are not known. */
export const activePassDefaults = (): TenantSettings['defaults'] | null => activeTenantSettings()?.defaults ?? null;
