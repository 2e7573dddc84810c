import type { accountsChannels, Session } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { CallLimits } from '../net/call-limits';
import type { AuthService } from './auth-service';
import { activeRolesReader, DeskRoles } from './desk-roles';
import { saveProfile } from './profile-changes';
import type { ProfileRepository } from './profile-repository';

export interface AccountsDeps {
  profiles: ProfileRepository;
  auth: AuthService;
  /** True when the app runs against its built-in emulator tenant. */
  demo: boolean;
  /** What other features keep per profile or per account, to be dropped with it. */
  onProfileRemoved: (profileId: string) => void;
  onAccountChange: () => void;
  /** The budgets the active account's Graph calls run within; the technician's roles are read under them. */
  limits: CallLimits;
}

export const accountsHandlers = ({ profiles, auth, demo, onProfileRemoved, onAccountChange, limits }: AccountsDeps): HandlersFor<typeof accountsChannels> => {
  const desks = new DeskRoles(activeRolesReader(auth, limits));
  const session = async (): Promise<Session> => {
    const accounts = await auth.accounts();
    const ref = profiles.activeAccount();
    const active = accounts.find((account) => account.profileId === ref?.profileId && account.homeAccountId === ref.homeAccountId) ?? null;
    const desk = active ? await desks.of(active) : undefined;
    const listed = profiles.list().map((profile) => (profiles.isManaged(profile.id) ? { ...profile, managed: true as const } : profile));
    return { profiles: listed, accounts, active, demo, ...(desk ? { desk } : {}) };
  };
  return {
    'session:get': session,
    'profiles:save': async (input) => {
      const saved = await saveProfile(profiles, auth, input);
      desks.forgetProfile(saved.id);
      return saved;
    },
    'profiles:remove': async ({ profileId }) => {
      profiles.remove(profileId);
      desks.forgetProfile(profileId);
      onProfileRemoved(profileId);
      await auth.forget(profileId, { purge: true });
      return session();
    },
    'auth:sign-in': ({ profileId, loginHint }) => auth.signIn(profileId, loginHint),
    'auth:cancel-sign-in': async () => auth.cancelSignIn(),
    'auth:switch': (ref) => {
      onAccountChange();
      return auth.switchTo(ref);
    },
    'auth:sign-out': async (ref) => {
      onAccountChange();
      await auth.signOut(ref);
      desks.forget(ref);
      return session();
    },
  };
};
