import type { EventName, TenantProfile } from '../shared';
import { failure } from './app-failure';
import { AuthService, type AuthDeps } from './auth/auth-service';
import type { EmulatorEndpoints } from './auth/cloud-endpoints';
import type { Cipher } from './auth/encrypted-cache-plugin';
import { graphForActiveAccount } from './graph/graph-sessions';
import { ClipboardGuard, type ClipboardAccess } from './handoff/clipboard-guard';
import { IssuedPassKeeper } from './handoff/issued-pass-keeper';
import type { SlipOutput } from './handoff/slip/slip-service';
import { createHandlers, type FileOutput } from './ipc/handlers';
import { eventPublisher } from './ipc/event-publisher';
import { createRouter, type Router, type RouterOptions } from './ipc/router';
import { CallLimits, defaultCallBudgets, type CallBudgets } from './net/call-limits';
import type { KeyValueStore } from './settings/key-value-store';
import { ProfileRepository } from './settings/profile-repository';
import { LogoStore } from './settings/logo-store';
import { TenantSettingsRepository } from './settings/tenant-settings-repository';
import { NotificationService } from './notify/notification-service';
import { TapService } from './tap/tap-service';

export interface AppDeps {
  store: KeyValueStore;
  cipher: Cipher | null;
  cacheDir: string;
  /** Where tenant logos are copied to. */
  logoDir: string;
  openBrowser: AuthDeps['openBrowser'];
  isTrustedSender: RouterOptions['isTrustedSender'];
  onFailure?: RouterOptions['onFailure'];
  clipboard: ClipboardAccess;
  protectWindow(on: boolean): void;
  slips: SlipOutput;
  files: FileOutput;
  /** Delivers main's events to the app's own frame. */
  sendEvent?: (event: EventName, payload: unknown) => void;
  /** How long each kind of Graph and token call may take; tests shorten them. */
  callBudgets?: Partial<CallBudgets>;
  /** Present in demo mode (and tests): the running emulator and the profile that points at it. */
  demo?: { endpoints: EmulatorEndpoints; profile: TenantProfile };
}

/** Wires main's services; shared by the Electron entry point and the end-to-end harness. */
export const composeApp = (deps: AppDeps): { router: Router; auth: AuthService; profiles: ProfileRepository; clipboard: ClipboardGuard } => {
  const profiles = new ProfileRepository(deps.store);
  if (deps.demo) profiles.save(deps.demo.profile);
  const auth = new AuthService({
    profiles,
    cacheDir: deps.cacheDir,
    cipher: deps.cipher,
    openBrowser: deps.openBrowser,
    ...(deps.demo ? { emulator: deps.demo.endpoints } : {}),
  });
  const graph = graphForActiveAccount(auth, new CallLimits({ ...defaultCallBudgets, ...deps.callBudgets }));
  const publish = eventPublisher(deps.sendEvent ?? (() => undefined), (event, detail) => deps.onFailure?.(event, 'unexpected', detail));
  const tap = new TapService(graph, publish);
  const clipboard = new ClipboardGuard(deps.clipboard);
  const tenantSettings = new TenantSettingsRepository(deps.store, new LogoStore(deps.logoDir));
  const activeSettings = () => {
    const profileId = profiles.activeAccount()?.profileId;
    if (!profileId) throw failure('not_signed_in', 'Sign in first.');
    return tenantSettings.settings(profileId);
  };
  const passes = new IssuedPassKeeper();
  const notifications = new NotificationService(graph, tap, activeSettings, (userId) => passes.codeFor(userId));
  const handoff = { clipboard, passes, protectWindow: deps.protectWindow, slips: deps.slips };
  const handlers = createHandlers({ profiles, tenantSettings, activeSettings, auth, graph, tap, notifications, handoff, files: deps.files, demo: Boolean(deps.demo) });
  const router = createRouter(handlers, {
    isTrustedSender: deps.isTrustedSender,
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  });
  return { router, auth, profiles, clipboard };
};
