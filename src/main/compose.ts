import type { TenantProfile } from '../shared';
import { AuthService, type AuthDeps } from './auth/auth-service';
import type { EmulatorEndpoints } from './auth/cloud-endpoints';
import type { Cipher } from './auth/encrypted-cache-plugin';
import { graphForActiveAccount } from './graph/graph-sessions';
import { ClipboardGuard, type ClipboardAccess } from './handoff/clipboard-guard';
import type { SlipOutput } from './handoff/slip/slip-service';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router, type RouterOptions } from './ipc/router';
import type { KeyValueStore } from './settings/key-value-store';
import { ProfileRepository } from './settings/profile-repository';
import { TenantSettingsRepository } from './settings/tenant-settings-repository';
import { TapService } from './tap/tap-service';

export interface AppDeps {
  store: KeyValueStore;
  cipher: Cipher | null;
  cacheDir: string;
  openBrowser: AuthDeps['openBrowser'];
  isTrustedSender: RouterOptions['isTrustedSender'];
  onFailure?: RouterOptions['onFailure'];
  clipboard: ClipboardAccess;
  protectWindow(on: boolean): void;
  slips: SlipOutput;
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
  const graph = graphForActiveAccount(auth);
  const tap = new TapService(graph);
  const clipboard = new ClipboardGuard(deps.clipboard);
  const tenantSettings = new TenantSettingsRepository(deps.store);
  const handoff = { clipboard, protectWindow: deps.protectWindow, slips: deps.slips };
  const handlers = createHandlers({ profiles, tenantSettings, auth, graph, tap, handoff, demo: Boolean(deps.demo) });
  const router = createRouter(handlers, {
    isTrustedSender: deps.isTrustedSender,
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  });
  return { router, auth, profiles, clipboard };
};
