import { clipboard, ClipboardItem } from 'electron';
import type { ClipboardAccess } from './ports';

/** A raw format of the operating system's clipboard, in Electron's custom-format naming. */
const osFormat = (name: string) => `electron application/osclipboard;format="${name}"`;

/** Electron's clipboard; every representation of an entry goes into one ClipboardItem, committed at once. */
export const systemClipboard = (): ClipboardAccess => ({
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  write: (representations) =>
    clipboard.write([
      new ClipboardItem(
        Object.fromEntries(
          representations.map((representation) =>
            representation.kind === 'text' ? ['text/plain', representation.text] : [osFormat(representation.format), new Blob([representation.bytes])],
          ),
        ),
      ),
    ]),
  clear: () => clipboard.clear(),
});
