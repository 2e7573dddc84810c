import type { MenuCommand, MenuLabels } from '../../shared';

/**
 * The roles the menu uses: Electron's own items, which act on the focused window or text field, keep their standard
 * keys, and on macOS are the system's own actions (https://www.electronjs.org/docs/latest/api/menu-item#roles).
 */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'window'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'minimize'
  | 'close';

export interface MenuSeparator {
  readonly type: 'separator';
}

/** One of Electron's roles; without a label it shows Electron's own (English) word for it. */
export interface MenuRoleItem {
  readonly role: MenuRole;
  readonly label?: string;
  readonly submenu?: readonly MenuItemSpec[];
}

/**
 * One of the app's own commands. Its keys are shown beside it but not taken from the page: the renderer already
 * handles them, so a key press still arrives there exactly once (`registerAccelerator` acts on Windows and Linux; on
 * macOS the menu only sees keys the page left unhandled, https://www.chromium.org/developers/os-x-keyboard-handling/).
 */
export interface MenuCommandItem {
  readonly command: MenuCommand;
  readonly label: string;
  readonly accelerator: string;
  readonly registerAccelerator: false;
}

/** The application menu as plain data; the platform turns it into Electron's menu. */
export type MenuItemSpec = MenuSeparator | MenuRoleItem | MenuCommandItem;

export interface MenuFacts {
  platform: NodeJS.Platform;
  /** A packaged app offers neither reload nor developer tools. */
  packaged: boolean;
  /** The words in the UI's language; null until the renderer has sent them. */
  labels: MenuLabels | null;
}

/** The keys the workspace handles for each command (see the renderer's `useDeskCommand` callers). */
export const commandAccelerators: Readonly<Record<MenuCommand, string>> = {
  'find-person': 'CmdOrCtrl+F',
  journal: 'CmdOrCtrl+J',
  cohort: 'CmdOrCtrl+Shift+K',
};

const separator: MenuSeparator = { type: 'separator' };

const role = (name: MenuRole, label: string | undefined, submenu?: readonly MenuItemSpec[]): MenuRoleItem => ({
  role: name,
  ...(label === undefined ? {} : { label }),
  ...(submenu ? { submenu } : {}),
});

const command = (name: MenuCommand, label: string): MenuCommandItem => ({
  command: name,
  label,
  accelerator: commandAccelerators[name],
  registerAccelerator: false,
});

/**
 * The application menu: macOS gets its app menu, Edit, View and Window; Windows and Linux get File, Edit, View and
 * Window. Reload and developer tools exist only in development. Without labels the app's own commands are left out,
 * since only the renderer has words for them, and the roles show Electron's own words; every menu is there all the
 * same, because on macOS the Edit roles are what make the clipboard keys work in text fields.
 */
export const menuTemplate = ({ platform, packaged, labels }: MenuFacts): MenuItemSpec[] => {
  const mac = platform === 'darwin';
  const appCommand = (name: MenuCommand, label: string | undefined) => (label === undefined ? [] : [command(name, label)]);
  const findPerson = appCommand('find-person', labels?.findPerson);
  const views = [...appCommand('journal', labels?.journal), ...appCommand('cohort', labels?.cohort)];
  const development = packaged ? [] : [role('reload', labels?.reload), role('toggleDevTools', labels?.devTools), separator];
  const edit = role('editMenu', labels?.edit, [
    role('undo', labels?.undo),
    role('redo', labels?.redo),
    separator,
    role('cut', labels?.cut),
    role('copy', labels?.copy),
    role('paste', labels?.paste),
    role('selectAll', labels?.selectAll),
    // Apple's menus put Find in Edit, and what shows or hides part of the window in View.
    ...(mac && findPerson.length > 0 ? [separator, ...findPerson] : []),
  ]);
  const view = role('viewMenu', labels?.view, [
    ...(mac && views.length > 0 ? [...views, separator] : []),
    ...development,
    role('zoomIn', labels?.zoomIn),
    role('zoomOut', labels?.zoomOut),
    role('resetZoom', labels?.actualSize),
    separator,
    role('togglefullscreen', labels?.fullScreen),
  ]);
  const window = role('window', labels?.window, [role('minimize', labels?.minimize), role('close', labels?.close)]);
  if (mac) {
    const app = role('appMenu', undefined, [
      role('about', labels?.about),
      separator,
      role('hide', labels?.hide),
      role('hideOthers', labels?.hideOthers),
      role('unhide', labels?.showAll),
      separator,
      role('quit', labels?.quitApp),
    ]);
    return [app, edit, view, window];
  }
  const appCommands = [...findPerson, ...views];
  const file = role('fileMenu', labels?.file, [
    ...(appCommands.length > 0 ? [...appCommands, separator] : []),
    role('quit', platform === 'win32' ? labels?.exit : labels?.quit),
  ]);
  return [file, edit, view, window];
};
