import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { FileOutput } from './ports';

/** The dialog's file type, by the suggested name's extension: settings exports are JSON, journal exports CSV. */
const fileTypes: Record<string, { name: string; extensions: string[] }> = {
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/** Saves text where the technician chooses in the system save dialog. */
export const textFileSaver = (parent: () => BrowserWindow | undefined): FileOutput => ({
  saveText: async (suggestedName, text) => {
    const owner = parent();
    const type = fileTypes[suggestedName.split('.').pop()?.toLowerCase() ?? ''];
    const options = { defaultPath: suggestedName, filters: type ? [type] : [] };
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    await writeFile(filePath, text, 'utf8');
    return filePath;
  },
});
