import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { RunningEmulator } from '../emulator';
import { composeApp, type AppDeps } from './compose';
import { demoProfile } from './accounts';
import { demoStart, loadManagedConfig } from './managed';
import { trustedSender } from './ipc/trusted-sender';
import { APP_ENTRY_URL, appWindowRule } from './shell';
import { electronMenu } from './platform/app-menu';
import { registerAppScheme, serveAppScheme } from './platform/app-protocol';
import { guardSession, hardenApp } from './platform/hardening';
import { createMainWindow } from './platform/main-window';
import { fileLog, logLevelFrom } from './platform/file-log';
import type { Log } from './platform/ports';
import { bringToFront } from './platform/bring-to-front';
import { openSignIn } from './platform/open-sign-in';
import { registerIpc } from './platform/register-ipc';
import { sendToAppFrame } from './platform/send-event';
import { safeStorageCipher } from './platform/safe-storage-cipher';
import { settingsStore } from './platform/settings-store';
import { textFileSaver } from './platform/text-file-saver';
import { slipPrinter } from './platform/slip-printer';
import { systemClipboard } from './platform/system-clipboard';

// The organisation's machine-wide file is read first: it decides whether demo mode may start.
const managed = loadManagedConfig({ platform: process.platform, env: process.env });
const { demo, refused: demoRefused } = demoStart(process.argv, managed);
// The dev server is trusted only in development; otherwise the app loads its own files from its own scheme.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devServer ?? APP_ENTRY_URL;
registerAppScheme();
let emulator: RunningEmulator | undefined;
let mainWindow: BrowserWindow | undefined;
let log: Log | undefined;

const showMainWindow = () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

const start = async () => {
  const isTrustedSender = trustedSender(rendererUrl);
  hardenApp(devServer);
  guardSession(session.defaultSession, appWindowRule(rendererUrl));
  serveAppScheme(join(import.meta.dirname, '../renderer'));
  let demoDeps: AppDeps['demo'];
  if (demo) {
    // Only demo mode loads the emulator, as a chunk of its own: a production start never parses it.
    const { startEmulator } = await import('../emulator');
    emulator = await startEmulator({ dataDir: join(app.getPath('userData'), 'emulator') });
    demoDeps = {
      endpoints: { authorityHost: emulator.authorityHost, graphHost: emulator.graphHost, caCertPem: emulator.caCertPem },
      profile: demoProfile(emulator),
    };
  }
  log = fileLog({ dir: app.getPath('logs'), level: logLevelFrom(process.env), echo: !app.isPackaged });
  log.info('app.started', { version: app.getVersion(), electron: process.versions.electron, platform: process.platform, arch: process.arch, demo });
  // What the service desk asks first when a desk behaves unlike its neighbours: which organisation file it runs with.
  log.info('managed.config', { file: managed.file, applied: managed.config !== null, problem: managed.problem?.kind ?? null, demoRefused });
  const settings = settingsStore();
  let cancelSignIn = () => false;
  const { router, auth, clipboard } = composeApp({
    clipboard: systemClipboard(),
    protectWindow: (on) => mainWindow?.setContentProtection(on),
    slips: slipPrinter(() => mainWindow),
    files: textFileSaver(() => mainWindow),
    store: settings.store,
    storeProblem: settings.problem,
    managed: { ...managed, demoRefused },
    cipher: safeStorageCipher(),
    cacheDir: join(app.getPath('userData'), 'token-cache'),
    logoDir: join(app.getPath('userData'), 'logos'),
    journalDir: join(app.getPath('userData'), 'journal'),
    openBrowser: (url, endpoints) => openSignIn(url, endpoints, () => cancelSignIn()),
    bringToFront: () => bringToFront(mainWindow),
    isTrustedSender,
    // Electron applies the system's settings (manual, PAC, WPAD) unless a command-line switch overrides them.
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    sendEvent: sendToAppFrame(() => mainWindow, isTrustedSender),
    menu: electronMenu(),
    log,
    runtime: () => ({
      appVersion: app.getVersion(),
      packaged: app.isPackaged,
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      locale: app.getLocale(),
    }),
    ...(demoDeps ? { demo: demoDeps } : {}),
  });
  cancelSignIn = () => auth.cancelSignIn();
  app.on('will-quit', () => void clipboard.clearIfUnchanged());
  registerIpc(router);
  mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), !app.isPackaged);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  await mainWindow.loadURL(rendererUrl);
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void emulator?.close());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log?.error('app.start-failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      dialog.showErrorBox('TAP Desk could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
