import { create } from 'zustand';
import { defaultTenantSettings, type AppError, type TenantSettings } from '../../../shared';
import { getApi } from '../api';
import { errorText } from '../errors/error-text';
import { checkForm, formOf, hasChanges, sameSettings, type SettingsForm } from '../settings/settings-form';
import { announce } from './announcer-store';
import { useTenantSettingsStore } from './tenant-settings-store';

interface SettingsPageState {
  /** The profile whose settings page is open; null when it is closed. */
  profileId: string | null;
  status: 'loading' | 'ready' | 'failed';
  saved: TenantSettings | null;
  /** Why defaults are shown instead of the stored settings. */
  problem: string | null;
  form: SettingsForm | null;
  /** Fields the technician has left once; only their mistakes are shown, so typing is not interrupted. */
  touched: Record<string, true>;
  saving: boolean;
  justSaved: boolean;
  error: AppError | null;
  /** What to do once the technician agreed to drop unsaved changes; set while the question is open. */
  pendingLeave: (() => void) | null;
  open: (profileId: string) => Promise<void>;
  edit: (changes: Partial<SettingsForm>) => void;
  touch: (field: string) => void;
  resetToDefaults: () => void;
  save: () => Promise<void>;
  /** Closes the page, then runs `then`; asks first when there are unsaved changes. */
  leave: (then?: () => void) => void;
  discard: () => void;
  keepEditing: () => void;
}

const closed = {
  profileId: null,
  status: 'loading',
  saved: null,
  problem: null,
  form: null,
  touched: {},
  saving: false,
  justSaved: false,
  error: null,
  pendingLeave: null,
} satisfies Partial<SettingsPageState>;

/** Answers for a page that was closed or reopened meanwhile are dropped. */
let latestRequest = 0;

export const useSettingsPageStore = create<SettingsPageState>()((set, get) => {
  const close = () => {
    latestRequest += 1;
    set(closed);
  };

  return {
    ...closed,

    open: async (profileId) => {
      const request = ++latestRequest;
      set({ ...closed, profileId });
      const result = await getApi().getTenantSettings({ profileId });
      if (request !== latestRequest) return;
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        announce(errorText[result.error.code].title);
        return;
      }
      const { settings, problem } = result.value;
      set({ status: 'ready', saved: settings, problem, form: formOf(settings) });
    },

    edit: (changes) => {
      const { form } = get();
      if (form) set({ form: { ...form, ...changes }, justSaved: false });
    },

    touch: (field) => {
      if (!get().touched[field]) set({ touched: { ...get().touched, [field]: true } });
    },

    resetToDefaults: () => {
      if (!get().form) return;
      set({ form: formOf(defaultTenantSettings()), touched: {}, justSaved: false });
      announce('Default settings filled in. Save to keep them.');
    },

    save: async () => {
      const { profileId, form, saved, saving } = get();
      if (!profileId || !form || !saved || saving) return;
      const { settings } = checkForm(form);
      if (!settings || sameSettings(settings, saved)) return;
      const request = latestRequest;
      set({ saving: true, error: null, justSaved: false });
      const result = await getApi().saveTenantSettings({ profileId, settings });
      if (request !== latestRequest) return;
      if (!result.ok) {
        set({ saving: false, error: result.error });
        announce(errorText[result.error.code].title);
        return;
      }
      set({ saving: false, saved: result.value.settings, problem: result.value.problem, justSaved: true });
      useTenantSettingsStore.getState().apply(profileId, result.value.settings);
      announce('Settings saved.');
    },

    leave: (then) => {
      const { profileId, form, saved } = get();
      if (profileId !== null && form && saved && hasChanges(form, saved)) {
        set({ pendingLeave: then ?? (() => undefined) });
        return;
      }
      close();
      then?.();
    },

    discard: () => {
      const { pendingLeave } = get();
      close();
      pendingLeave?.();
    },

    keepEditing: () => set({ pendingLeave: null }),
  };
});
