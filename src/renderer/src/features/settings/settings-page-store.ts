import { create } from 'zustand';
import { defaultTenantSettings, type AppError, type LockableSetting, type OutputOf, type TenantSettings, type TenantSettingsView } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorTitleOf } from '../../ui/errors/error-text';
import type { Message } from '../../ui/i18n/define-messages';
import { translate } from '../../ui/i18n/translate';
import { keepLockedFields } from './locked-fields';
import { logoProblemOf, readLogo, type LogoProblem } from './logo-pick';
import { settingsMessages as m } from './messages';
import { checkForm, formOf, hasChanges, sameSettings, type SettingsForm } from './settings-form';
import { useTenantSettingsStore } from './tenant-settings-store';

interface SettingsPageState {
  /** The profile whose settings page is open; null when it is closed. */
  profileId: string | null;
  status: 'loading' | 'ready' | 'failed';
  saved: TenantSettings | null;
  /** Why defaults are shown instead of the stored settings. */
  problem: TenantSettingsView['problem'];
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
  /** Why the logo last picked was refused. */
  logoProblem: LogoProblem | null;
  /** What export or import last said, for the line beside their buttons. */
  transferNote: TransferNote | null;
  /** The settings the organisation fixes for this profile: shown read-only, and kept when the form is filled in. */
  locked: LockableSetting[];
  open: (profileId: string) => Promise<void>;
  edit: (changes: Partial<SettingsForm>) => void;
  touch: (field: string) => void;
  resetToDefaults: () => void;
  save: () => Promise<void>;
  /** Closes the page, then runs `then`; asks first when there are unsaved changes. */
  leave: (then?: () => void) => void;
  discard: () => void;
  keepEditing: () => void;
  /** Checks a picked image and has main hold it; its file is written only when the settings are saved. */
  pickLogo: (file: Blob) => Promise<void>;
  removeLogo: () => void;
  exportSettings: () => Promise<void>;
  readImport: (text: string) => Promise<void>;
  applyImport: () => void;
  cancelImport: () => void;
}

/** A line beside the export and import buttons; `detail` is the technical reason, shown as it is. */
export interface TransferNote {
  message: Message;
  values?: Record<string, string>;
  detail?: string;
}

const errorTitle = (error: AppError): string => translate(errorTitleOf(error.code));

/** Why a file was not imported, in the note's words; a failure that is not about the file is shown as an error too. */
const importRefusal = (error: AppError): TransferNote => {
  if (error.reason === 'import_unreadable') return { message: m.importUnreadable, ...(error.detail ? { detail: error.detail } : {}) };
  if (error.reason === 'import_allows_pass_in_mail') return { message: m.importAllowsPassInMail };
  return { message: m.importFailed };
};

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
  logoProblem: null,
  transferNote: null,
  locked: [],
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
        announce(errorTitle(result.error));
        return;
      }
      const { settings, problem, logoDataUrl, locked = [] } = result.value;
      set({ status: 'ready', saved: settings, problem, form: formOf(settings), logoDataUrl, locked });
    },

    edit: (changes) => {
      const { form } = get();
      if (form) set({ form: { ...form, ...changes }, justSaved: false });
    },

    touch: (field) => {
      if (!get().touched[field]) set({ touched: { ...get().touched, [field]: true } });
    },

    resetToDefaults: () => {
      const { form, locked } = get();
      if (!form) return;
      set({ form: keepLockedFields(formOf(defaultTenantSettings()), form, locked), touched: {}, justSaved: false, logoDataUrl: null, logoProblem: null });
      announce(translate(m.defaultsFilledIn));
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
        announce(errorTitle(result.error));
        return;
      }
      set({ saving: false, saved: result.value.settings, problem: result.value.problem, locked: result.value.locked ?? [], justSaved: true });
      useTenantSettingsStore.getState().apply(profileId, result.value.settings);
      announce(translate(m.settingsSaved));
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

    pickLogo: async (file) => {
      const { profileId } = get();
      if (!profileId) return;
      const request = latestRequest;
      const pick = ++latestPick;
      const refuse = (problem: LogoProblem, error: AppError | null = null) => {
        set({ logoProblem: problem, ...(error ? { error } : {}) });
        announce(translate(problem.message, problem.values));
      };
      const read = await readLogo(file);
      if (request !== latestRequest || pick !== latestPick) return;
      if (!read.ok) {
        refuse(read.problem);
        return;
      }
      const result = await getApi().importLogo({ profileId, dataUrl: read.dataUrl });
      if (request !== latestRequest || pick !== latestPick) return;
      if (!result.ok) {
        const refusal = logoProblemOf(result.error.reason, read);
        if (refusal) refuse(refusal);
        else refuse({ message: m.logoFailed }, result.error);
        return;
      }
      get().edit({ logoFile: result.value.logoFile });
      set({ logoDataUrl: result.value.logoDataUrl, logoProblem: null, error: null });
      announce(translate(m.logoAdded));
    },

    removeLogo: () => {
      get().edit({ logoFile: null });
      set({ logoDataUrl: null, logoProblem: null });
      announce(translate(m.logoRemoved));
    },

    exportSettings: async () => {
      const { profileId } = get();
      if (!profileId) return;
      const result = await getApi().exportTenantSettings({ profileId });
      if (!result.ok) {
        set({ error: result.error });
        announce(errorTitle(result.error));
        return;
      }
      const { savedTo } = result.value;
      set({ transferNote: savedTo ? { message: m.exportedTo, values: { path: savedTo } } : null });
      if (savedTo) announce(translate(m.exportedTo, { path: savedTo }));
    },

    readImport: async (text) => {
      const { profileId, form, saved } = get();
      if (!profileId || !form || !saved) return;
      // The review compares the file with the saved settings; unsaved edits would vanish unseen.
      if (hasChanges(form, saved)) {
        set({ transferNote: { message: m.saveOrDiscardFirst } });
        announce(translate(m.saveOrDiscardFirst));
        return;
      }
      const request = latestRequest;
      const pick = ++latestPick;
      const result = await getApi().readTenantSettingsImport({ profileId, text });
      if (request !== latestRequest || pick !== latestPick) return;
      if (!result.ok) {
        const note = importRefusal(result.error);
        set({ transferNote: note, ...(note.message === m.importFailed ? { error: result.error } : {}) });
        announce(translate(note.message));
        return;
      }
      set({ pendingImport: result.value, transferNote: null });
    },

    applyImport: () => {
      const { pendingImport } = get();
      if (!pendingImport) return;
      set({ form: formOf(pendingImport.settings), logoDataUrl: pendingImport.logoDataUrl, logoProblem: null, pendingImport: null, touched: {}, justSaved: false });
      announce(translate(m.importedFilledIn));
    },

    cancelImport: () => set({ pendingImport: null }),
  };
});
