import type { Session } from '../../shared';
import type { AuthService } from '../auth/auth-service';
import type { GraphSession } from '../graph/graph-sessions';
import { failure } from '../app-failure';
import type { ProfileRepository } from '../settings/profile-repository';
import type { TenantSettingsRepository } from '../settings/tenant-settings-repository';
import type { ClipboardGuard } from '../handoff/clipboard-guard';
import { slipFor, type SlipOutput } from '../handoff/slip/slip-service';
import type { TapService } from '../tap/tap-service';
import type { Handlers } from './router';

export interface Handoff {
  clipboard: ClipboardGuard;
  slips: SlipOutput;
  /** Content protection of the app window (screenshots, screen sharing, recording show it black). */
  protectWindow(on: boolean): void;
}

export interface Services {
  profiles: ProfileRepository;
  tenantSettings: TenantSettingsRepository;
  auth: AuthService;
  graph: () => Promise<GraphSession>;
  tap: TapService;
  handoff: Handoff;
  demo: boolean;
}

const SEARCH_PAGE = 15;

export const createHandlers = ({ profiles, tenantSettings, auth, graph, tap, handoff, demo }: Services): Handlers => {
  const activeSettings = () => {
    const profileId = profiles.activeAccount()?.profileId;
    if (!profileId) throw failure('not_signed_in', 'Sign in first.');
    return tenantSettings.settings(profileId);
  };
  const session = async (): Promise<Session> => {
    const accounts = await auth.accounts();
    const ref = profiles.activeAccount();
    const active = accounts.find((account) => account.profileId === ref?.profileId && account.homeAccountId === ref.homeAccountId) ?? null;
    return { profiles: profiles.list(), accounts, active, demo };
  };
  return {
    'session:get': session,
    'profiles:save': async (input) => {
      const before = input.id ? profiles.get(input.id) : undefined;
      const saved = profiles.save(input);
      // Another cloud, tenant or app registration makes the cached sign-ins meaningless.
      const moved = before && (before.cloud !== saved.cloud || before.tenant !== saved.tenant || before.clientId !== saved.clientId);
      if (moved && profiles.activeAccount()?.profileId === saved.id) profiles.setActiveAccount(null);
      await auth.forget(saved.id, { purge: Boolean(moved) });
      return saved;
    },
    'profiles:remove': async ({ profileId }) => {
      profiles.remove(profileId);
      tenantSettings.remove(profileId);
      await auth.forget(profileId, { purge: true });
      return session();
    },
    'settings:get': async ({ profileId }) => {
      if (!profiles.get(profileId)) throw failure('profile_not_found', 'That tenant profile no longer exists.');
      return tenantSettings.load(profileId);
    },
    'settings:save': async ({ profileId, settings }) => {
      if (!profiles.get(profileId)) throw failure('profile_not_found', 'That tenant profile no longer exists.');
      return tenantSettings.save(profileId, settings);
    },
    'auth:sign-in': ({ profileId, loginHint }) => auth.signIn(profileId, loginHint),
    'auth:cancel-sign-in': async () => auth.cancelSignIn(),
    'auth:switch': (ref) => auth.switchTo(ref),
    'auth:sign-out': async (ref) => {
      await auth.signOut(ref);
      return session();
    },
    'users:search': async ({ query, top }) => ({ users: await (await graph()).api.searchUsers(query, top ?? SEARCH_PAGE) }),
    'tap:prepare': ({ userId }) => tap.prepare(userId),
    'tap:create': (input) => tap.create(input),
    'tap:status': ({ userId }) => tap.status(userId),
    'tap:revoke': async ({ userId, passId }) => {
      await tap.revoke(userId, passId);
      return true;
    },
    'handoff:copy-pass': async ({ pass }) => {
      const { clipboardClearSeconds } = activeSettings().defaults;
      await handoff.clipboard.copy(pass, clipboardClearSeconds);
      return { clearAfterSeconds: clipboardClearSeconds };
    },
    'handoff:visible': async ({ visible }) => {
      handoff.protectWindow(visible);
      return visible;
    },
    'handoff:slip': async ({ userId, pass, output }) => {
      const { html, suggestedName } = await slipFor(tap, activeSettings(), userId, pass);
      if (output === 'print') return { done: await handoff.slips.print(html), savedTo: null };
      const savedTo = await handoff.slips.savePdf(html, suggestedName);
      return { done: savedTo !== null, savedTo };
    },
  };
};
