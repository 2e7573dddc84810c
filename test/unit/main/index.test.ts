import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, menuLabelKeySchema } from '../../../src/shared';
import { memoryStore } from '../../support/memory-store';

/** The Electron entry point, run under Node with `electron` replaced by a recorder. */
const recorded = vi.hoisted(() => ({
  windows: [] as { options: Record<string, any>; loaded: string[]; protection: boolean[] }[],
  handled: new Map<string, (...args: unknown[]) => unknown>(),
  appEvents: new Map<string, () => void>(),
  contentsEvents: new Map<string, (...args: any[]) => void>(),
  windowOpenHandler: undefined as undefined | (() => unknown),
  permissionHandler: undefined as undefined | ((...args: any[]) => void),
  permissionCheck: undefined as undefined | ((...args: any[]) => boolean),
  deviceCheck: undefined as undefined | ((...args: any[]) => boolean),
  headersHandler: undefined as undefined | ((...args: any[]) => void),
  privilegedSchemes: [] as unknown[],
  schemeHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  singleInstanceRequested: false,
  /** Each template given to Menu.buildFromTemplate, and how many windows existed when a menu was set. */
  menuTemplates: [] as Record<string, any>[][],
  menusSet: [] as { windows: number }[],
  frameEvents: [] as [string, unknown][],
}));

vi.mock('electron', () => {
  const webContents = {
    session: undefined as unknown,
    setWindowOpenHandler: (handler: () => unknown) => (recorded.windowOpenHandler = handler),
    on: (event: string, listener: (...args: any[]) => void) => recorded.contentsEvents.set(event, listener),
    mainFrame: { url: 'app://tap-desk/index.html', send: (event: string, payload: unknown) => recorded.frameEvents.push([event, payload]) },
  };
  const defaultSession = {
    setPermissionRequestHandler: (handler: (...args: any[]) => void) => (recorded.permissionHandler = handler),
    setPermissionCheckHandler: (handler: (...args: any[]) => boolean) => (recorded.permissionCheck = handler),
    setDevicePermissionHandler: (handler: (...args: any[]) => boolean) => (recorded.deviceCheck = handler),
    webRequest: { onHeadersReceived: (handler: (...args: any[]) => void) => (recorded.headersHandler = handler) },
  };
  webContents.session = defaultSession;
  class BrowserWindow {
    readonly record: { options: Record<string, any>; loaded: string[]; protection: boolean[] };
    webContents = webContents;
    constructor(options: Record<string, any>) {
      this.record = { options, loaded: [], protection: [] };
      recorded.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    setContentProtection(on: boolean) {
      this.record.protection.push(on);
    }
  }
  const app = {
    requestSingleInstanceLock: () => (recorded.singleInstanceRequested = true),
    on: (event: string, listener: (...args: any[]) => void) => {
      recorded.appEvents.set(event, listener);
      if (event === 'web-contents-created') listener({}, webContents);
    },
    whenReady: () => Promise.resolve(),
    getPath: () => '/tmp/tapdesk-test',
    getVersion: () => '0.1.0',
    getLocale: () => 'en-US',
    quit: vi.fn(),
    exit: vi.fn(),
    isPackaged: true,
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => recorded.handled.set(channel, handler) },
    session: { defaultSession, fromPartition: () => defaultSession },
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() },
    shell: { openExternal: vi.fn() },
    clipboard: { readText: async () => '', writeText: async () => undefined, write: async () => undefined, clear: vi.fn() },
    ClipboardItem: class {},
    dialog: { showErrorBox: vi.fn() },
    Menu: {
      buildFromTemplate: (template: Record<string, any>[]) => (recorded.menuTemplates.push(template), { template }),
      setApplicationMenu: () => recorded.menusSet.push({ windows: recorded.windows.length }),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.schemeHandlers.set(scheme, handler),
    },
  };
  return { ...electron, default: electron };
});
vi.mock('../../../src/main/platform/settings-store', () => ({ settingsStore: () => ({ store: memoryStore(), problem: null }) }));
const emulatorLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/emulator', async (original) => {
  emulatorLoads.count += 1;
  return original();
});

beforeAll(async () => {
  await import('../../../src/main/index');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
});

/** Every item of an Electron menu template, depth first. */
const menuItems = (template: Record<string, any>[]): Record<string, any>[] => template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);

describe('Electron composition root', () => {
  it('starts without loading the emulator, which only demo mode imports', () => {
    expect(emulatorLoads.count).toBe(0);
  });

  it('asks for the single-instance lock', () => {
    expect(recorded.singleInstanceRequested).toBe(true);
    expect(recorded.appEvents.has('second-instance')).toBe(true);
  });

  it('creates the window with hardened web preferences and a sandboxed preload', () => {
    const prefs = recorded.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('keeps DevTools closed in a packaged app', () => {
    expect(recorded.windows[0]!.options.webPreferences.devTools).toBe(false);
  });

  it('sets its own application menu before the window opens, without reload or developer tools when packaged', () => {
    expect(recorded.menusSet[0]).toEqual({ windows: 0 });
    expect(recorded.menuTemplates).toHaveLength(recorded.menusSet.length);
    const roles = menuItems(recorded.menuTemplates[0]!).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'copy', 'paste', 'zoomIn', 'minimize']));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('hides the window’s menu bar until Alt is pressed, so the app’s header is its top', () => {
    expect(recorded.windows[0]!.options.autoHideMenuBar).toBe(true);
  });

  it('rebuilds the menu in the renderer’s words; the app’s commands show their keys, leave them to the page, and reach it when chosen', async () => {
    const own = { senderFrame: { url: recorded.windows[0]!.loaded[0], parent: null } };
    const labels = Object.fromEntries(menuLabelKeySchema.options.map((key) => [key, `<${key}>`]));
    expect(await recorded.handled.get('shell:menu-labels')!(own, labels)).toEqual({ ok: true, value: true });
    const items = menuItems(recorded.menuTemplates.at(-1)!);
    expect(items.map((item) => item.role)).not.toContain('toggleDevTools');
    const journal = items.find((item) => item.label === '<journal>');
    expect(journal).toMatchObject({ accelerator: 'CmdOrCtrl+J', registerAccelerator: false });
    expect(items.filter((item) => typeof item.click === 'function')).toHaveLength(3);
    journal!.click();
    expect(recorded.frameEvents).toEqual([['event:menu-command', { command: 'journal' }]]);
  });

  it('loads the renderer from its own standard, secure scheme, served by a handler of that scheme', async () => {
    expect(recorded.windows[0]!.loaded[0]).toBe('app://tap-desk/index.html');
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    const refused = await recorded.schemeHandlers.get('app')!(new Request('app://evil/index.html'));
    expect(refused.status).toBe(403);
  });

  it('registers a handler for every contract channel and nothing else', () => {
    expect([...recorded.handled.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses a channel call from a frame that is not our document', async () => {
    const handler = recorded.handled.get('session:get')!;
    const result = (await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)) as { ok: boolean };
    expect(result.ok).toBe(false);
  });

  it('content-protects the window while the renderer shows a pass', async () => {
    const own = { senderFrame: { url: recorded.windows[0]!.loaded[0], parent: null } };
    await recorded.handled.get('handoff:visible')!(own, { visible: true });
    await recorded.handled.get('handoff:visible')!(own, { visible: false });
    expect(recorded.windows[0]!.protection).toEqual([true, false]);
  });

  it('denies new windows, webviews, every permission, and navigation away from its own page', () => {
    expect(recorded.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const navigate = (event: string, url: string, isMainFrame: boolean) => {
      const navigation = { url, isMainFrame, preventDefault: vi.fn() };
      recorded.contentsEvents.get(event)!(navigation);
      return navigation.preventDefault.mock.calls.length > 0;
    };
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigate(event, 'https://evil.example/', true)).toBe(true);
      expect(navigate(event, 'app://tap-desk/index.html', true)).toBe(false);
    }
    expect(navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    const webview = { preventDefault: vi.fn() };
    recorded.contentsEvents.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const grant = vi.fn();
    recorded.permissionHandler!({}, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
    expect(recorded.permissionCheck!({}, 'clipboard-read')).toBe(false);
    expect(recorded.deviceCheck!({ deviceType: 'usb' })).toBe(false);
    // Packaged pages get their policy from the app scheme; only the development server's get it as a header.
    expect(recorded.headersHandler).toBeUndefined();
  });
});
