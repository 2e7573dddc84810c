/** One representation of a clipboard entry: plain text, or a raw format of the operating system's clipboard. */
export type ClipboardRepresentation = { kind: 'text'; text: string } | { kind: 'os-format'; format: string; bytes: Uint8Array };

/** A DWORD of 0, as Windows reads these flags. */
const DWORD_FALSE = new Uint8Array(4);

/**
 * A pass as one clipboard entry, with the markers each system's clipboard history and clipboard managers honour,
 * written together with the text so no history ever sees it unmarked:
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (any data) keeps the entry out of clipboard history and
 *   cloud sync and tells other monitors to ignore it; `CanIncludeInClipboardHistory` and
 *   `CanUploadToCloudClipboard` as DWORD 0 say the same to Windows' own history and cloud clipboard
 *   (https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats#cloud-clipboard-and-clipboard-history-formats).
 * - macOS: `org.nspasteboard.ConcealedType`, by which clipboard managers hide or skip the entry
 *   (http://nspasteboard.org).
 * - Linux: `x-kde-passwordManagerHint` = `secret`, which KDE's Klipper and other managers honour.
 */
export const concealedPass = (pass: string, platform: NodeJS.Platform): ClipboardRepresentation[] => {
  const text: ClipboardRepresentation = { kind: 'text', text: pass };
  switch (platform) {
    case 'win32':
      return [
        text,
        { kind: 'os-format', format: 'ExcludeClipboardContentFromMonitorProcessing', bytes: DWORD_FALSE },
        { kind: 'os-format', format: 'CanIncludeInClipboardHistory', bytes: DWORD_FALSE },
        { kind: 'os-format', format: 'CanUploadToCloudClipboard', bytes: DWORD_FALSE },
      ];
    case 'darwin':
      return [text, { kind: 'os-format', format: 'org.nspasteboard.ConcealedType', bytes: new Uint8Array() }];
    default:
      return [text, { kind: 'os-format', format: 'x-kde-passwordManagerHint', bytes: new TextEncoder().encode('secret') }];
  }
};
