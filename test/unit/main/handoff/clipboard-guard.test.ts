import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard } from '../../../../src/main/handoff/clipboard-guard';
import { deskPlatform } from '../../../support/desk-platform';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('clipboard guard', () => {
  it('clears the pass after the delay', async () => {
    const { clipboard } = deskPlatform();
    const guard = new ClipboardGuard(clipboard);
    await guard.copy('Kq7#mP0x', 30);
    expect(clipboard.text()).toBe('Kq7#mP0x');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(clipboard.text()).toBe('Kq7#mP0x');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text()).toBe('');
  });

  it('leaves whatever the technician copied since', async () => {
    const { clipboard } = deskPlatform();
    const guard = new ClipboardGuard(clipboard);
    await guard.copy('Kq7#mP0x', 30);
    await clipboard.writeText('ticket 4711');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text()).toBe('ticket 4711');
  });

  it('clears at once when asked, and only the latest copy counts', async () => {
    const { clipboard } = deskPlatform();
    const guard = new ClipboardGuard(clipboard);
    await guard.copy('first-pass', 30);
    await guard.copy('second-pass', 30);
    await guard.clearIfUnchanged();
    expect(clipboard.text()).toBe('');
    await clipboard.writeText('mine');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clipboard.text()).toBe('mine');
  });
});
