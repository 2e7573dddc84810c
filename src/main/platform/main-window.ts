import { BrowserWindow, type WebPreferences } from 'electron';

/** The renderer runs sandboxed and isolated: it reaches main only through the preload's named functions. */
export const hardenedWebPreferences = (preload: string): WebPreferences => ({
  preload,
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

export const createMainWindow = (preload: string): BrowserWindow =>
  new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 880,
    minHeight: 620,
    title: 'TAP Desk',
    show: false,
    backgroundColor: '#fafafa',
    webPreferences: hardenedWebPreferences(preload),
  });
