import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a desk's journal folder, as one text: what a leak of a pass into the journal would show in. */
export const journalText = async (cacheDir: string): Promise<string> => {
  const root = join(cacheDir, 'journal');
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  return (await Promise.all(files.filter((file) => file.isFile()).map((file) => readFile(join(file.parentPath, file.name), 'utf8')))).join('\n');
};
