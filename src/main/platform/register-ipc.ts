import { ipcMain } from 'electron';
import type { Router } from '../ipc/router';

export const registerIpc = (router: Router): void => {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      router.dispatch(channel, { url: event.senderFrame?.url ?? '', isMainFrame: event.senderFrame?.parent === null }, input),
    );
  }
};
