import type { ClipboardAccess } from '../platform/ports';
import { concealedPass } from './concealed-clipboard';

/**
 * Puts a pass on the clipboard, marked so that the system's clipboard history, cloud clipboard and clipboard
 * managers do not keep it, and takes it off again after a while, but only if the clipboard still holds that
 * pass: whatever the technician copied since is theirs and stays.
 */
export class ClipboardGuard {
  private pending: { text: string; timer: NodeJS.Timeout } | null = null;

  constructor(
    private readonly clipboard: ClipboardAccess,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async copy(text: string, clearAfterSeconds: number): Promise<void> {
    this.cancel();
    await this.clipboard.write(concealedPass(text, this.platform));
    this.pending = { text, timer: setTimeout(() => void this.clearIfUnchanged(), clearAfterSeconds * 1000) };
  }

  /** Clears now (pass wiped, app quitting) under the same rule. */
  async clearIfUnchanged(): Promise<void> {
    if (!this.pending) return;
    const { text } = this.pending;
    this.cancel();
    if ((await this.clipboard.readText()) === text) this.clipboard.clear();
  }

  private cancel(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
