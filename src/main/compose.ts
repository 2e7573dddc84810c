import type { StoreProblem, TenantProfile } from '../shared';
import { accountsHandlers, AuthService, graphForActiveAccount, ProfileRepository, type EmulatorEndpoints } from './accounts';
import { notSignedIn } from './app-failure';
import { bulkHandlers, CohortNotices, CohortService, CohortStore } from './bulk';
import { callsHandlers, InFlightCalls } from './calls';
import { diagnosticsHandlers, failureWatch, guardedLog, nodeRuntime, noLog, RecentFailures } from './diagnostics';
import { ClipboardGuard, handoffHandlers, IssuedPassKeeper } from './handoff';
import { eventPublisher } from './ipc/event-publisher';
import { createRouter, type Handlers, type Router, type RouterOptions } from './ipc/router';
import { issuingHandlers, TapService } from './issuing';
import { DeskJournal, journalHandlers, journalRecorder, journalSealKey, JournalService } from './journal';
import { managedHandlers, managedPolicy, type ManagedStart } from './managed';
import { CallLimits, defaultCallBudgets, type CallBudgets } from './net/call-limits';
import { cloudNetwork } from './net/cloud-dispatcher';
import { NotificationService, notifyHandlers } from './notify';
import { peopleHandlers } from './people';
import { preferencesHandlers, PreferencesRepository } from './preferences';
import type { ApplicationMenu, BringToFront, Cipher, ClipboardAccess, FileOutput, KeyValueStore, Log, OpenBrowser, ProtectWindow, ResolveProxy, RuntimeFacts, SendEvent, SlipOutput } from './platform/ports';
import { LogoStore, settingsHandlers, TenantSettingsRepository } from './settings';
import { shellHandlers } from './shell';

/** The ports (see platform/ports.ts) and the places main keeps its files. */
export interface AppDeps {
  store: KeyValueStore;
  cipher: Cipher | null;
  cacheDir: string;
  /** Where tenant logos are copied to. */
  logoDir: string;
  /** Where each tenant profile's desk journal is kept. */
  journalDir: string;
  openBrowser: OpenBrowser;
  bringToFront?: BringToFront;
  isTrustedSender: RouterOptions['isTrustedSender'];
  onFailure?: RouterOptions['onFailure'];
  clipboard: ClipboardAccess;
  protectWindow: ProtectWindow;
  slips: SlipOutput;
  files: FileOutput;
  sendEvent?: SendEvent;
  /** The system's proxy settings (Electron's resolveProxy); without it, HTTPS_PROXY when set, else direct. */
  resolveProxy?: ResolveProxy;
  /** Main's log; without one nothing is written (tests and benches that do not look at it). */
  log?: Log;
  /** What Electron tells about the running app, for the diagnostics; plain Node's facts without it. */
  runtime?: () => RuntimeFacts;
  /** The app's settings file could not be read at start (see settings/recoverable-store.ts). */
  storeProblem?: StoreProblem | null;
  /** How long each kind of Graph and token call may take; tests shorten them. */
  callBudgets?: Partial<CallBudgets>;
  /** Present in demo mode (and tests): the running emulator and the profile that points at it. */
  demo?: { endpoints: EmulatorEndpoints; profile: TenantProfile };
  /** The organisation's machine-wide configuration as read at start (see managed/); nothing is managed without it. */
  managed?: ManagedStart;
  /** The application menu (Electron's in the app); set at once, and again in the words the renderer sends. */
  menu?: ApplicationMenu;
}

/** Wires main's services and merges each feature's handlers into the router; shared by the app, tests and benches. */
export const composeApp = (deps: AppDeps): { router: Router; auth: AuthService; profiles: ProfileRepository; clipboard: ClipboardGuard } => {
  const managed = managedPolicy(deps.managed);
  const profiles = new ProfileRepository(deps.store, managed.profiles);
  if (deps.demo) profiles.save(deps.demo.profile);
  const auth = new AuthService({
    profiles,
    cacheDir: deps.cacheDir,
    cipher: deps.cipher,
    openBrowser: deps.openBrowser,
    network: cloudNetwork(deps.resolveProxy),
    ...(deps.bringToFront ? { bringToFront: deps.bringToFront } : {}),
    ...(deps.demo ? { emulator: deps.demo.endpoints } : {}),
  });
  // No pass main holds reaches the log or the diagnostics, whichever service writes them.
  const heldPasses = () => [passes.heldCode(), ...cohortStore.heldCodes()].filter((code) => code !== null);
  const log = guardedLog(deps.log ?? noLog, heldPasses);
  const failures = new RecentFailures();
  const watch = failureWatch(failures, log);
  const publish = eventPublisher(deps.sendEvent ?? (() => undefined), (event, detail) => {
    deps.onFailure?.(event, 'unexpected', detail);
    watch.failed(event, { code: 'unexpected', detail });
  });
  const calls = new InFlightCalls();
  const limits = new CallLimits({ ...defaultCallBudgets, ...deps.callBudgets }, (reason, seconds) => {
    const channel = calls.channel();
    if (channel) publish('event:waiting', { channel, reason, seconds });
  });
  const graph = graphForActiveAccount(auth, limits);
  const tap = new TapService(graph, publish);
  const clipboard = new ClipboardGuard(deps.clipboard);
  const passes = new IssuedPassKeeper();
  const tenantSettings = new TenantSettingsRepository(deps.store, new LogoStore(deps.logoDir), managed.locksFor);
  const activeProfileId = () => {
    const profileId = profiles.activeAccount()?.profileId;
    if (!profileId) throw notSignedIn();
    return profileId;
  };
  const activeSettings = () => tenantSettings.settings(activeProfileId());
  const notifications = new NotificationService(graph, tap, activeSettings, (userId) => passes.codeFor(userId));
  const cohortStore = new CohortStore();
  // The sealing key is read from secure storage once, when a journal is first opened.
  let sealKey: Buffer | null | undefined;
  const journal = new DeskJournal({ dir: deps.journalDir, sealKey: () => (sealKey === undefined ? (sealKey = journalSealKey(deps.store, deps.cipher)) : sealKey), publish });
  const activeJournal = () => ({ profileId: activeProfileId(), retentionMonths: activeSettings().journal.retentionMonths });
  const record = journalRecorder({
    signed: async () => {
      const account = profiles.activeAccount();
      if (!account) return null;
      const { technicianId, technician } = await graph();
      return { ...activeJournal(), technician: { id: technicianId, userPrincipalName: technician.address } };
    },
    person: (userId) => {
      const known = tap.knownPerson(userId);
      if (!known) return cohortStore.person(userId);
      return { person: { id: known.user.id, userPrincipalName: known.user.userPrincipalName, displayName: known.user.displayName }, methodIds: known.methodIds };
    },
    append: (profileId, retentionMonths, entries) => journal.appendAll(profileId, retentionMonths, entries),
  });

  const activeSlipLook = () => {
    const settings = activeSettings();
    return { settings, logoDataUrl: tenantSettings.logos.dataUrl(settings.branding.logoFile) };
  };
  const cohorts = new CohortService({ activeGraph: graph, store: cohortStore, tap, screen: passes, settings: activeSlipLook, publish, record, slips: deps.slips });

  const handlers: Handlers = {
    ...accountsHandlers({
      profiles,
      auth,
      demo: Boolean(deps.demo),
      onProfileRemoved: (profileId) => tenantSettings.remove(profileId),
      // A pass issued under one account is not for the next one's screen, nor a cohort's passes.
      onAccountChange: () => {
        passes.forget();
        cohortStore.closeAll();
      },
      limits,
    }),
    ...peopleHandlers(graph),
    ...issuingHandlers({ tap, passes, autoHideSeconds: () => activeSettings().defaults.autoHideSeconds, record }),
    ...handoffHandlers({
      clipboard,
      passes,
      slips: deps.slips,
      protectWindow: deps.protectWindow,
      tap,
      settings: activeSlipLook,
      record,
    }),
    ...notifyHandlers({ notifications, auth, record }),
    ...settingsHandlers({ profiles, tenantSettings, files: deps.files }),
    ...preferencesHandlers(new PreferencesRepository(deps.store), deps.storeProblem ?? null),
    ...callsHandlers(calls),
    ...managedHandlers(managed.status),
    ...bulkHandlers({ activeGraph: graph, cohorts, notices: new CohortNotices({ activeGraph: graph, settings: activeSettings, record }) }),
    ...journalHandlers({ service: new JournalService({ journal, activeGraph: graph, activeProfile: activeJournal }), auth, files: deps.files }),
    ...diagnosticsHandlers({
      clipboard: deps.clipboard,
      log,
      runtime: deps.runtime ?? nodeRuntime,
      profiles,
      auth,
      language: () => new PreferencesRepository(deps.store).load().language,
      demo: Boolean(deps.demo),
      failures,
      logFile: log.file,
      secrets: heldPasses,
    }),
    ...shellHandlers({ menu: deps.menu, platform: process.platform, packaged: (deps.runtime ?? nodeRuntime)().packaged, publish }),
  };
  const router = watch.watch(createRouter(handlers, {
    isTrustedSender: deps.isTrustedSender,
    around: (channel, run) => calls.run(channel, run),
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  }));
  return { router, auth, profiles, clipboard };
};
