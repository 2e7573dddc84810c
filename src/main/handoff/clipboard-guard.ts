import type { ClipboardAccess } from '../platform/ports';

/**
 * Puts a pass on the clipboard and takes it off again after a while, but only if the clipboard still
 * holds that pass: whatever the technician copied since is theirs and stays.
 */
export class ClipboardGuard {
  private pending: { text: string; timer: NodeJS.Timeout } | null = null;

  constructor(private readonly clipboard: ClipboardAccess) {}

  async copy(text: string, clearAfterSeconds: number): Promise<void> {
    this.cancel();
    await this.clipboard.writeText(text);
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
