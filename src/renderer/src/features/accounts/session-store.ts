import { create } from 'zustand';
import type { AppError, Session, SignedInAccount, TenantProfileInput } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { accountsMessages as m } from './messages';

interface SessionState {
  status: 'loading' | 'ready' | 'failed';
  session: Session | null;
  selectedProfileId: string | null;
  signingIn: boolean;
  /** Pending work other than sign-in (switch, sign out, remove), so buttons cannot fire twice. */
  busy: boolean;
  error: AppError | null;
  /** True while a signed-in technician is on the sign-in screen to add another account. */
  addingAccount: boolean;
  /** Accounts whose technician closed the note about their role; it stays closed until they sign out. */
  deskNoteClosed: string[];
  load: () => Promise<void>;
  selectProfile: (profileId: string) => void;
  /** `loginHint` pre-fills the account when an expired sign-in is renewed. */
  signIn: (loginHint?: string) => Promise<void>;
  cancelSignIn: () => Promise<void>;
  saveProfile: (input: TenantProfileInput) => Promise<AppError | null>;
  removeProfile: (profileId: string) => Promise<void>;
  switchAccount: (account: SignedInAccount) => Promise<void>;
  signOut: () => Promise<void>;
  setAddingAccount: (adding: boolean) => void;
  /** Back to sign-in with the reason shown, keeping the person and form for when the technician returns. */
  expired: (error: AppError) => void;
  closeDeskNote: () => void;
}

const sameAccount = (a: SignedInAccount, b: SignedInAccount): boolean => a.profileId === b.profileId && a.homeAccountId === b.homeAccountId;

/** What the previous account's roles allowed says nothing about this one's. */
const withActive = (session: Session, account: SignedInAccount): Session => ({
  ...session,
  accounts: [...session.accounts.filter((existing) => !sameAccount(existing, account)), account],
  active: account,
  desk: undefined,
});

export const accountKey = (account: SignedInAccount): string => `${account.profileId}|${account.homeAccountId}`;

const pickProfile = (session: Session, current: string | null): string | null =>
  session.profiles.find((profile) => profile.id === current)?.id ?? session.active?.profileId ?? session.profiles[0]?.id ?? null;

/** Set when the technician pressed Cancel, so the resulting "cancelled" answer needs no message. */
let cancelRequested = false;

export const useSessionStore = create<SessionState>()((set, get) => {
  const showError = (error: AppError) => {
    set({ error });
    announce(errorText[error.code].title);
  };

  /** Main learns what the account's roles allow once per sign-in; the session it answers with carries it. */
  const learnDesk = async (account: SignedInAccount) => {
    const result = await getApi().getSession();
    const { session } = get();
    if (!result.ok || !session?.active || !sameAccount(session.active, account)) return;
    if (!result.value.active || !sameAccount(result.value.active, account)) return;
    set({ session: { ...session, desk: result.value.desk } });
  };

  const activate = (account: SignedInAccount) => {
    const { session } = get();
    if (!session) return;
    set({ session: withActive(session, account), addingAccount: false, error: null });
    announce(translate(m.signedInAs, { name: account.name }));
    void learnDesk(account);
  };

  return {
    status: 'loading',
    session: null,
    selectedProfileId: null,
    signingIn: false,
    busy: false,
    error: null,
    addingAccount: false,
    deskNoteClosed: [],

    load: async () => {
      set({ status: 'loading', error: null });
      const result = await getApi().getSession();
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        return;
      }
      set({ status: 'ready', session: result.value, selectedProfileId: pickProfile(result.value, get().selectedProfileId) });
    },

    selectProfile: (profileId) => set({ selectedProfileId: profileId }),

    signIn: async (loginHint) => {
      const { selectedProfileId, signingIn } = get();
      if (!selectedProfileId || signingIn) return;
      cancelRequested = false;
      set({ signingIn: true, error: null });
      const result = await getApi().signIn({ profileId: selectedProfileId, ...(loginHint ? { loginHint } : {}) });
      set({ signingIn: false });
      if (result.ok) activate(result.value);
      else if (!(cancelRequested && result.error.code === 'sign_in_cancelled')) showError(result.error);
    },

    cancelSignIn: async () => {
      cancelRequested = true;
      const result = await getApi().cancelSignIn();
      if (!result.ok) showError(result.error);
    },

    saveProfile: async (input) => {
      const result = await getApi().saveProfile(input);
      if (!result.ok) return result.error;
      const { session } = get();
      const saved = result.value;
      if (session) {
        const profiles = session.profiles.some((profile) => profile.id === saved.id)
          ? session.profiles.map((profile) => (profile.id === saved.id ? saved : profile))
          : [...session.profiles, saved];
        set({ session: { ...session, profiles } });
      }
      set({ selectedProfileId: saved.id });
      announce(translate(m.profileSaved, { profile: saved.label }));
      return null;
    },

    removeProfile: async (profileId) => {
      if (get().busy) return;
      set({ busy: true, error: null });
      const result = await getApi().removeProfile({ profileId });
      set({ busy: false });
      if (!result.ok) return showError(result.error);
      set({ session: result.value, selectedProfileId: pickProfile(result.value, get().selectedProfileId) });
      announce(translate(m.profileRemoved));
    },

    switchAccount: async (account) => {
      if (get().busy) return;
      set({ busy: true, error: null });
      const result = await getApi().switchAccount({ profileId: account.profileId, homeAccountId: account.homeAccountId });
      set({ busy: false });
      if (result.ok) return activate(result.value);
      if (result.error.code !== 'not_signed_in') return showError(result.error);
      // The cached sign-in no longer holds: renew it in the browser for the same person.
      set({ selectedProfileId: account.profileId });
      await get().signIn(account.username);
    },

    signOut: async () => {
      const active = get().session?.active;
      if (!active || get().busy) return;
      set({ busy: true, error: null });
      const result = await getApi().signOut({ profileId: active.profileId, homeAccountId: active.homeAccountId });
      set({ busy: false });
      if (!result.ok) return showError(result.error);
      set({
        session: result.value,
        addingAccount: false,
        selectedProfileId: pickProfile(result.value, get().selectedProfileId),
        deskNoteClosed: get().deskNoteClosed.filter((key) => key !== accountKey(active)),
      });
      announce(translate(m.signedOut, { name: active.name }));
    },

    setAddingAccount: (adding) => set({ addingAccount: adding, error: null }),

    expired: (error) => {
      set({ addingAccount: true, error, selectedProfileId: get().session?.active?.profileId ?? get().selectedProfileId });
      announce(errorText[error.code].title);
    },

    closeDeskNote: () => {
      const active = get().session?.active;
      if (active) set({ deskNoteClosed: [...get().deskNoteClosed, accountKey(active)] });
    },
  };
});

/** True when `error` meant the sign-in is gone, in which case the sign-in screen has taken over. */
export const signInExpired = (error: AppError): boolean => {
  if (error.code !== 'not_signed_in') return false;
  useSessionStore.getState().expired(error);
  return true;
};
