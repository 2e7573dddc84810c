import type { accountsChannels, Session } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { AuthService } from './auth-service';
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
}

export const accountsHandlers = ({ profiles, auth, demo, onProfileRemoved, onAccountChange }: AccountsDeps): HandlersFor<typeof accountsChannels> => {
  const session = async (): Promise<Session> => {
    const accounts = await auth.accounts();
    const ref = profiles.activeAccount();
    const active = accounts.find((account) => account.profileId === ref?.profileId && account.homeAccountId === ref.homeAccountId) ?? null;
    return { profiles: profiles.list(), accounts, active, demo };
  };
  return {
    'session:get': session,
    'profiles:save': (input) => saveProfile(profiles, auth, input),
    'profiles:remove': async ({ profileId }) => {
      profiles.remove(profileId);
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
      return session();
    },
  };
};
