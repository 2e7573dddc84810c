import { create } from 'zustand';
import { defaultTenantSettings, type AppError, type OutputOf, type TenantSettings } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { checkForm, formOf, hasChanges, sameSettings, type SettingsForm } from './settings-form';
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
  /** The logo the form refers to, as an image the page can show. */
  logoDataUrl: string | null;
  /** An import read and checked by main, waiting for the technician to review its changes. */
  pendingImport: OutputOf<'settings:import'> | null;
  /** What export or import last said, for the line beside their buttons. */
  transferNote: string | null;
  open: (profileId: string) => Promise<void>;
  edit: (changes: Partial<SettingsForm>) => void;
  touch: (field: string) => void;
  resetToDefaults: () => void;
  save: () => Promise<void>;
  /** Closes the page, then runs `then`; asks first when there are unsaved changes. */
  leave: (then?: () => void) => void;
  discard: () => void;
  keepEditing: () => void;
  setLogo: (dataUrl: string) => Promise<void>;
  removeLogo: () => void;
  exportSettings: () => Promise<void>;
  readImport: (text: string) => Promise<void>;
  applyImport: () => void;
  cancelImport: () => void;
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
  logoDataUrl: null,
  pendingImport: null,
  transferNote: null,
} satisfies Partial<SettingsPageState>;

/** Answers for a page that was closed or reopened meanwhile are dropped. */
let latestRequest = 0;
/** Of two logos or imports picked quickly one after the other, the later one wins. */
let latestPick = 0;

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
      const { settings, problem, logoDataUrl } = result.value;
      set({ status: 'ready', saved: settings, problem, form: formOf(settings), logoDataUrl });
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
      set({ form: formOf(defaultTenantSettings()), touched: {}, justSaved: false, logoDataUrl: null });
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

    setLogo: async (dataUrl) => {
      const { profileId } = get();
      if (!profileId) return;
      const request = latestRequest;
      const pick = ++latestPick;
      const result = await getApi().importLogo({ profileId, dataUrl });
      if (request !== latestRequest || pick !== latestPick) return;
      if (!result.ok) {
        set({ error: result.error });
        announce(result.error.message);
        return;
      }
      get().edit({ logoFile: result.value.logoFile });
      set({ logoDataUrl: result.value.logoDataUrl, error: null });
      announce('Logo added. Save to keep it.');
    },

    removeLogo: () => {
      get().edit({ logoFile: null });
      set({ logoDataUrl: null });
      announce('Logo removed. Save to keep this.');
    },

    exportSettings: async () => {
      const { profileId } = get();
      if (!profileId) return;
      const result = await getApi().exportTenantSettings({ profileId });
      if (!result.ok) {
        set({ error: result.error });
        announce(errorText[result.error.code].title);
        return;
      }
      const note = result.value.savedTo ? `Saved settings exported to ${result.value.savedTo}.` : null;
      set({ transferNote: note });
      if (note) announce(note);
    },

    readImport: async (text) => {
      const { profileId, form, saved } = get();
      if (!profileId || !form || !saved) return;
      // The review compares the file with the saved settings; unsaved edits would vanish unseen.
      if (hasChanges(form, saved)) {
        const note = 'Save or discard your changes first, then import.';
        set({ transferNote: note });
        announce(note);
        return;
      }
      const request = latestRequest;
      const pick = ++latestPick;
      const result = await getApi().readTenantSettingsImport({ profileId, text });
      if (request !== latestRequest || pick !== latestPick) return;
      if (!result.ok) {
        set({ transferNote: `Not imported: ${result.error.message}` });
        announce(`Not imported: ${result.error.message}`);
        return;
      }
      set({ pendingImport: result.value, transferNote: null });
    },

    applyImport: () => {
      const { pendingImport } = get();
      if (!pendingImport) return;
      set({ form: formOf(pendingImport.settings), logoDataUrl: pendingImport.logoDataUrl, pendingImport: null, touched: {}, justSaved: false });
      announce('Imported settings filled in. Review them, then save.');
    },

    cancelImport: () => set({ pendingImport: null }),
  };
});
