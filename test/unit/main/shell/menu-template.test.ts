import { describe, expect, it } from 'vitest';
import { menuLabelKeySchema, type MenuLabelKey, type MenuLabels } from '../../../../src/shared';
import { menuTemplate, type MenuItemSpec } from '../../../../src/main/shell';

/** Each label names its own key, so a test can tell which word went where. */
const labels = Object.fromEntries(menuLabelKeySchema.options.map((key) => [key, `<${key}>`])) as MenuLabels;

const platforms = ['darwin', 'win32', 'linux'] as const;

/** Every item of the menu, depth first. */
const itemsOf = (template: readonly MenuItemSpec[]): MenuItemSpec[] =>
  template.flatMap((item) => [item, ...('role' in item && item.submenu ? itemsOf(item.submenu) : [])]);

const rolesOf = (template: readonly MenuItemSpec[]) => itemsOf(template).flatMap((item) => ('role' in item ? [item.role] : []));
const commandsOf = (template: readonly MenuItemSpec[]) => itemsOf(template).flatMap((item) => ('command' in item ? [item] : []));
const topMenu = (template: readonly MenuItemSpec[], role: string) => {
  const menu = template.find((item) => 'role' in item && item.role === role);
  if (!menu || !('role' in menu) || !menu.submenu) throw new Error(`No ${role} menu.`);
  return menu.submenu;
};
const describeItems = (items: readonly MenuItemSpec[]) => items.map((item) => ('type' in item ? '—' : 'role' in item ? item.role : item.command));

describe('the application menu', () => {
  it.each(platforms)('offers neither reload nor developer tools when packaged (%s), with or without words', (platform) => {
    for (const words of [labels, null]) {
      const roles = rolesOf(menuTemplate({ platform, packaged: true, labels: words }));
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    }
  });

  it.each(platforms)('offers reload and developer tools in View during development (%s)', (platform) => {
    const view = topMenu(menuTemplate({ platform, packaged: false, labels }), 'viewMenu');
    expect(rolesOf(view)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('on macOS is the app menu, Edit, View and Window, Find in Edit and the journal and cohort in View', () => {
    const template = menuTemplate({ platform: 'darwin', packaged: true, labels });
    expect(describeItems(template)).toEqual(['appMenu', 'editMenu', 'viewMenu', 'window']);
    expect(describeItems(topMenu(template, 'appMenu'))).toEqual(['about', '—', 'hide', 'hideOthers', 'unhide', '—', 'quit']);
    expect(describeItems(topMenu(template, 'editMenu'))).toEqual(['undo', 'redo', '—', 'cut', 'copy', 'paste', 'selectAll', '—', 'find-person']);
    expect(describeItems(topMenu(template, 'viewMenu'))).toEqual(['journal', 'cohort', '—', 'zoomIn', 'zoomOut', 'resetZoom', '—', 'togglefullscreen']);
    expect(describeItems(topMenu(template, 'window'))).toEqual(['minimize', 'close']);
  });

  it.each([
    ['win32', '<exit>'],
    ['linux', '<quit>'],
  ] as const)('on %s is File, Edit, View and Window, File holding the app’s commands and then %s', (platform, quit) => {
    const template = menuTemplate({ platform, packaged: true, labels });
    expect(describeItems(template)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'window']);
    const file = topMenu(template, 'fileMenu');
    expect(describeItems(file)).toEqual(['find-person', 'journal', 'cohort', '—', 'quit']);
    expect(file.at(-1)).toEqual({ role: 'quit', label: quit });
    expect(describeItems(topMenu(template, 'editMenu'))).toEqual(['undo', 'redo', '—', 'cut', 'copy', 'paste', 'selectAll']);
    expect(describeItems(topMenu(template, 'window'))).toEqual(['minimize', 'close']);
  });

  it.each(platforms)('shows each app command’s keys without taking them from the page (%s)', (platform) => {
    expect(commandsOf(menuTemplate({ platform, packaged: true, labels }))).toEqual(
      expect.arrayContaining([
        { command: 'find-person', label: '<findPerson>', accelerator: 'CmdOrCtrl+F', registerAccelerator: false },
        { command: 'journal', label: '<journal>', accelerator: 'CmdOrCtrl+J', registerAccelerator: false },
        { command: 'cohort', label: '<cohort>', accelerator: 'CmdOrCtrl+Shift+K', registerAccelerator: false },
      ]),
    );
    expect(commandsOf(menuTemplate({ platform, packaged: true, labels }))).toHaveLength(3);
  });

  it.each(platforms)('takes every word from the labels it is given, each in its place (%s)', (platform) => {
    const keyOf: Record<string, MenuLabelKey> = {
      fileMenu: 'file',
      editMenu: 'edit',
      viewMenu: 'view',
      window: 'window',
      about: 'about',
      hide: 'hide',
      hideOthers: 'hideOthers',
      unhide: 'showAll',
      quit: platform === 'darwin' ? 'quitApp' : platform === 'win32' ? 'exit' : 'quit',
      'find-person': 'findPerson',
      journal: 'journal',
      cohort: 'cohort',
      undo: 'undo',
      redo: 'redo',
      cut: 'cut',
      copy: 'copy',
      paste: 'paste',
      selectAll: 'selectAll',
      zoomIn: 'zoomIn',
      zoomOut: 'zoomOut',
      resetZoom: 'actualSize',
      togglefullscreen: 'fullScreen',
      reload: 'reload',
      toggleDevTools: 'devTools',
      minimize: 'minimize',
      close: 'close',
    };
    const misplaced = itemsOf(menuTemplate({ platform, packaged: false, labels })).flatMap((item) => {
      if ('type' in item) return [];
      const name = 'role' in item ? item.role : item.command;
      // macOS names the first menu after the app itself, whatever its label says.
      if (name === 'appMenu') return item.label === undefined ? [] : [`appMenu has ${item.label}`];
      const key = keyOf[name];
      return key && item.label === labels[key] ? [] : [`${name} has ${item.label}`];
    });
    expect(misplaced).toEqual([]);
  });

  it.each(platforms)('before the renderer’s words arrive has every menu and role, no words of its own and no app command (%s)', (platform) => {
    const template = menuTemplate({ platform, packaged: true, labels: null });
    expect(itemsOf(template).filter((item) => 'label' in item)).toEqual([]);
    expect(commandsOf(template)).toEqual([]);
    expect(rolesOf(template)).toEqual(expect.arrayContaining(['editMenu', 'undo', 'cut', 'copy', 'paste', 'selectAll', 'viewMenu', 'window', 'minimize', 'close', 'quit']));
    const first = topMenu(template, platform === 'darwin' ? 'appMenu' : 'fileMenu');
    expect(describeItems(first).at(-1)).toBe('quit');
  });
});
