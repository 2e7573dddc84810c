import type { Session, TenantSettings } from '../../shared';
import type { AuthService } from '../auth/auth-service';
import type { GraphSession } from '../graph/graph-sessions';
import { AppFailure, failure } from '../app-failure';
import type { ProfileRepository } from '../settings/profile-repository';
import type { TenantSettingsRepository } from '../settings/tenant-settings-repository';
import type { ClipboardGuard } from '../handoff/clipboard-guard';
import type { IssuedPassKeeper } from '../handoff/issued-pass-keeper';
import { slipFor, type SlipOutput } from '../handoff/slip/slip-service';
import type { NotificationService } from '../notify/notification-service';
import { exportSettings, readImport, settingsChanges } from '../settings/settings-transfer';
import type { TapService } from '../tap/tap-service';
import type { Handlers } from './router';

/** Files the technician chooses where to save (the system save dialog in the app). */
export interface FileOutput {
  /** Resolves with the saved path, or null when the technician cancelled. */
  saveText(suggestedName: string, text: string): Promise<string | null>;
}

export interface Handoff {
  clipboard: ClipboardGuard;
  /** The code of the pass last issued, while the screen may show it. */
  passes: IssuedPassKeeper;
  slips: SlipOutput;
  /** Content protection of the app window (screenshots, screen sharing, recording show it black). */
  protectWindow(on: boolean): void;
}

export interface Services {
  profiles: ProfileRepository;
  tenantSettings: TenantSettingsRepository;
  /** The settings of the tenant the active account belongs to. */
  activeSettings: () => TenantSettings;
  auth: AuthService;
  graph: () => Promise<GraphSession>;
  tap: TapService;
  notifications: NotificationService;
  handoff: Handoff;
  files: FileOutput;
  demo: boolean;
}

const SEARCH_PAGE = 15;
/** Main forgets a code a little after the screen's own countdown, in case the screen never says so. */
const FORGET_GRACE_SECONDS = 5;

export const createHandlers = ({ profiles, tenantSettings, activeSettings, auth, graph, tap, notifications, handoff, files, demo }: Services): Handlers => {
  const knownProfile = (profileId: string) => {
    const profile = profiles.get(profileId);
    if (!profile) throw failure('profile_not_found', 'That tenant profile no longer exists.');
    return profile;
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
      knownProfile(profileId);
      return tenantSettings.load(profileId);
    },
    'settings:save': async ({ profileId, settings }) => {
      knownProfile(profileId);
      return tenantSettings.save(profileId, settings);
    },
    'settings:logo': async ({ profileId, dataUrl }) => {
      knownProfile(profileId);
      const logoFile = tenantSettings.logos.add(profileId, dataUrl);
      return { logoFile, logoDataUrl: tenantSettings.logos.dataUrl(logoFile) ?? dataUrl };
    },
    'settings:export': async ({ profileId }) => {
      const profile = knownProfile(profileId);
      const { settings, logoDataUrl } = tenantSettings.load(profileId);
      const name = `TAP Desk settings - ${profile.label.replace(/[\\/:*?"<>|]/g, '')}.json`;
      return { savedTo: await files.saveText(name, exportSettings(settings, logoDataUrl)) };
    },
    'settings:import': async ({ profileId, text }) => {
      knownProfile(profileId);
      const read = readImport(text);
      if (!read.ok) throw failure('validation', read.reason);
      const current = tenantSettings.load(profileId).settings;
      // The acknowledgement belongs to this tenant: another desk's tick does not carry over.
      if (read.settings.notifications.passInMail.enabled && !current.notifications.passInMail.acknowledged) {
        throw failure('validation', 'The file allows the pass in mails. Allow it and confirm the risk in these settings first, then import again.');
      }
      let logoFile: string | null = null;
      let logoProblem: string | null = null;
      try {
        logoFile = read.logoDataUrl ? tenantSettings.logos.add(profileId, read.logoDataUrl) : null;
      } catch (error) {
        logoProblem = error instanceof AppFailure ? error.error.message : 'unreadable';
      }
      const settings = { ...read.settings, branding: { ...read.settings.branding, logoFile } };
      const changes = settingsChanges(current, settings);
      if (logoProblem) changes.push({ path: 'branding.logo', before: null, after: `not imported: ${logoProblem}` });
      else if (current.branding.logoFile !== logoFile) {
        changes.push({ path: 'branding.logo', before: current.branding.logoFile ? 'a logo' : null, after: logoFile ? 'the logo in the file' : null });
      }
      return { settings, logoDataUrl: tenantSettings.logos.dataUrl(logoFile), changes };
    },
    'auth:sign-in': ({ profileId, loginHint }) => auth.signIn(profileId, loginHint),
    'auth:cancel-sign-in': async () => auth.cancelSignIn(),
    'auth:switch': (ref) => {
      handoff.passes.forget();
      return auth.switchTo(ref);
    },
    'auth:sign-out': async (ref) => {
      handoff.passes.forget();
      await auth.signOut(ref);
      return session();
    },
    'users:search': async ({ query, top }) => ({ users: await (await graph()).api.searchUsers(query, top ?? SEARCH_PAGE) }),
    'tap:prepare': ({ userId }) => tap.prepare(userId),
    'tap:create': async (input) => {
      const issued = await tap.create(input);
      handoff.passes.keep(issued.userId, issued.id, issued.temporaryAccessPass, activeSettings().defaults.autoHideSeconds + FORGET_GRACE_SECONDS);
      return issued;
    },
    'tap:status': ({ userId }) => tap.status(userId),
    'tap:revoke': async ({ userId, passId }) => {
      await tap.revoke(userId, passId);
      handoff.passes.forget(passId);
      return true;
    },
    'tap:cancel': async ({ userId }) => tap.cancel(userId),
    'handoff:copy-pass': async ({ passId }) => {
      const { clipboardClearSeconds } = activeSettings().defaults;
      await handoff.clipboard.copy(handoff.passes.code(passId), clipboardClearSeconds);
      return { clearAfterSeconds: clipboardClearSeconds };
    },
    'handoff:forget': async ({ passId }) => handoff.passes.forget(passId),
    'handoff:visible': async ({ visible }) => {
      handoff.protectWindow(visible);
      return visible;
    },
    'handoff:slip': async ({ userId, passId, output }) => {
      const pass = handoff.passes.code(passId, userId);
      const settings = activeSettings();
      const { html, suggestedName } = await slipFor(tap, settings, tenantSettings.logos.dataUrl(settings.branding.logoFile), userId, pass);
      if (output === 'print') return { done: await handoff.slips.print(html), savedTo: null };
      const savedTo = await handoff.slips.savePdf(html, suggestedName);
      return { done: savedTo !== null, savedTo };
    },
    'notify:prepare': (input) => notifications.prepare(input),
    'notify:send': ({ draftId }) => notifications.send(draftId),
    'notify:discard': async ({ draftId }) => {
      notifications.discard(draftId);
      return true;
    },
    'notify:consent': async () => {
      const active = await auth.active();
      if (!active) throw failure('not_signed_in', 'Sign in first.');
      await auth.signIn(active.profile.id, active.account.username, notifications.permissions());
      return true;
    },
  };
};
