import type { BrowserWindow } from 'electron';
import type { EventName } from '../../shared';
import type { Sender } from '../ipc/router';

/**
 * Events go to the app window's main frame only, and only while that frame shows TAP Desk's own page: never
 * to a subframe, another window, or a page the window was somehow navigated to.
 */
export const sendToAppFrame =
  (window: () => BrowserWindow | undefined, isTrustedSender: (sender: Sender) => boolean) =>
  (event: EventName, payload: unknown): void => {
    const frame = window()?.webContents.mainFrame;
    if (frame && isTrustedSender({ url: frame.url, isMainFrame: true })) frame.send(event, payload);
  };
