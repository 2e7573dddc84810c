import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, session } from 'electron';
import { slipWindowRule } from '../shell';
import { guardSession } from './hardening';
import type { SlipOutput } from './ports';

/** A hidden, script-less window that holds the slip only as long as printing takes. */
const withSlipWindow = async <T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> => {
  const slipSession = session.fromPartition('slip');
  guardSession(slipSession, slipWindowRule);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: slipSession, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, devTools: !app.isPackaged },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await use(window);
  } finally {
    window.destroy();
  }
};

export const slipPrinter = (parent: () => BrowserWindow | undefined): SlipOutput => ({
  print: (html) =>
    withSlipWindow(html, (window) => new Promise((resolve) => window.webContents.print({ silent: false, printBackground: true }, (printed) => resolve(printed)))),
  savePdf: async (html, suggestedName) => {
    const owner = parent();
    const options = { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    const pdf = await withSlipWindow(html, (window) => window.webContents.printToPDF({ pageSize: 'A5', printBackground: true }));
    await writeFile(filePath, pdf);
    return filePath;
  },
});
