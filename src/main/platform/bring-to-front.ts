import { app, type BrowserWindow } from 'electron';

/**
 * Windows lets a background app take the foreground only in narrow cases; briefly keeping the window on top
 * is the documented way around that for a window the user is waiting for. macOS needs `steal`, since the
 * browser is the active app.
 */
export const bringToFront = (window: BrowserWindow | undefined): void => {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  if (process.platform === 'darwin') app.focus({ steal: true });
  window.setAlwaysOnTop(true);
  window.focus();
  window.setAlwaysOnTop(false);
  if (!window.isFocused()) window.flashFrame(true);
};
