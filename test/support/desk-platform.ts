import type { ClipboardAccess } from '../../src/main/handoff/clipboard-guard';

/** Stand-ins for what Electron provides main: the system clipboard and the window's content protection. */
export const deskPlatform = () => {
  let text = '';
  const clipboard: ClipboardAccess & { text(): string } = {
    readText: async () => text,
    writeText: async (value) => void (text = value),
    clear: () => void (text = ''),
    text: () => text,
  };
  const protection: boolean[] = [];
  return { clipboard, protection, protectWindow: (on: boolean) => void protection.push(on) };
};
