import { BrowserWindow, type WebPreferences } from 'electron';

/**
 * The renderer runs sandboxed and isolated: it reaches main only through the preload's named functions.
 * DevTools open only in development: a packaged desk offers no console in which a pass could be read.
 */
export const hardenedWebPreferences = (preload: string, devTools: boolean): WebPreferences => ({
  preload,
  devTools,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
});

export const createMainWindow = (preload: string, devTools: boolean): BrowserWindow =>
  new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 880,
    minHeight: 620,
    title: 'TAP Desk',
    show: false,
    backgroundColor: '#fafafa',
    // On Windows and Linux the menu bar stays hidden until Alt is pressed, so the app's own header is the window's top.
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(preload, devTools),
  });
