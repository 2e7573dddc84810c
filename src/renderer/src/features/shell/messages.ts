import type { MenuLabelKey } from '../../../../shared';
import { defineMessages } from '../../ui/i18n/define-messages';

/**
 * The application menu's words. A menu's name carries `&` before its access key (Alt+F opens File on Windows and
 * Linux; macOS drops the `&`); no two menus share one.
 */
export const shellMessages = defineMessages('shell', {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  about: 'About TAP Desk',
  hide: 'Hide TAP Desk',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  quitApp: 'Quit TAP Desk',
  exit: 'Exit',
  quit: 'Quit',
  findPerson: 'Find a person',
  journal: 'Desk journal',
  cohort: 'Cohort',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  actualSize: 'Actual size',
  fullScreen: 'Full screen',
  reload: 'Reload',
  devTools: 'Developer tools',
  minimize: 'Minimize',
  close: 'Close window',
} satisfies Record<MenuLabelKey, string>);
