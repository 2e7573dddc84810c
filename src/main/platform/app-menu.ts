import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared';
import type { MenuItemSpec } from '../shell';
import type { ApplicationMenu } from './ports';

const electronItem = (item: MenuItemSpec, onCommand: (command: MenuCommand) => void): MenuItemConstructorOptions => {
  if ('command' in item) {
    const { command, ...shown } = item;
    return { ...shown, click: () => onCommand(command) };
  }
  if ('type' in item) return item;
  const { submenu, ...shown } = item;
  return submenu ? { ...shown, submenu: submenu.map((child) => electronItem(child, onCommand)) } : shown;
};

/**
 * Electron's application menu. On Windows and Linux Electron gives it to every window, the ones open now and the
 * ones opened later (https://www.electronjs.org/docs/latest/api/menu#menusetapplicationmenumenu).
 */
export const electronMenu = (): ApplicationMenu => ({
  show: (template, onCommand) => Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((item) => electronItem(item, onCommand)))),
});
