import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { FileOutput } from './ports';

/** Saves text where the technician chooses in the system save dialog. */
export const textFileSaver = (parent: () => BrowserWindow | undefined): FileOutput => ({
  saveText: async (suggestedName, text) => {
    const owner = parent();
    const options = { defaultPath: suggestedName, filters: [{ name: 'JSON', extensions: ['json'] }] };
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    await writeFile(filePath, text, 'utf8');
    return filePath;
  },
});
