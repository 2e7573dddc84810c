import type { ClipboardAccess, FileOutput, SlipOutput } from '../../src/main/platform/ports';



/** Stand-ins for what Electron provides main: the system clipboard and the window's content protection. */
export const deskPlatform = () => {
  let text = '';
  /** The operating-system formats written with the clipboard's current text. */
  let marks: string[] = [];
  const clipboard: ClipboardAccess & { text(): string; marks(): string[] } = {
    readText: async () => text,
    writeText: async (value) => void ((text = value), (marks = [])),
    write: async (representations) => {
      text = representations.flatMap((representation) => (representation.kind === 'text' ? [representation.text] : [])).join('');
      marks = representations.flatMap((representation) => (representation.kind === 'os-format' ? [representation.format] : []));
    },
    clear: () => void ((text = ''), (marks = [])),
    text: () => text,
    marks: () => marks,
  };
  const protection: boolean[] = [];
  /** Every slip main sent to the printer or to a PDF, as HTML. */
  const slips: { output: 'print' | 'pdf'; html: string }[] = [];
  const slipOutput: SlipOutput = {
    print: async (html) => Boolean(slips.push({ output: 'print', html })),
    savePdf: async (html, suggestedName) => (slips.push({ output: 'pdf', html }), `/saved/${suggestedName}`),
  };
  /** Every file main saved through the save dialog, by suggested name. */
  const savedFiles = new Map<string, string>();
  const files: FileOutput = { saveText: async (name, text) => (savedFiles.set(name, text), `/saved/${name}`) };
  /** How often main brought its window to the front. */
  const front = { count: 0 };
  return { clipboard, protection, protectWindow: (on: boolean) => void protection.push(on), slips, slipOutput, files, savedFiles, front, bringToFront: () => void front.count++ };
};
