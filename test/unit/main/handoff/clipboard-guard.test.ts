import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard, concealedPass } from '../../../../src/main/handoff';
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

describe('a pass on the clipboard, kept by no clipboard history', () => {
  it.each([
    ['win32', ['ExcludeClipboardContentFromMonitorProcessing', 'CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard']],
    ['darwin', ['org.nspasteboard.ConcealedType']],
    ['linux', ['x-kde-passwordManagerHint']],
  ] as const)('on %s is written in one entry with the markers its clipboard managers honour', async (platform, formats) => {
    const { clipboard } = deskPlatform();
    await new ClipboardGuard(clipboard, platform).copy('Kq7#mP0x', 30);
    expect(clipboard.text()).toBe('Kq7#mP0x');
    expect(clipboard.marks()).toEqual(formats);
  });

  it('tells Windows "not in history, not to the cloud" with DWORD zeros, and KDE that it is a secret', () => {
    const windows = concealedPass('Kq7#mP0x', 'win32');
    for (const flag of ['CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard']) {
      const mark = windows.find((representation) => representation.kind === 'os-format' && representation.format === flag);
      expect(mark?.kind === 'os-format' && [...mark.bytes]).toEqual([0, 0, 0, 0]);
    }
    const [, hint] = concealedPass('Kq7#mP0x', 'linux');
    expect(hint?.kind === 'os-format' && new TextDecoder().decode(hint.bytes)).toBe('secret');
  });

  it('puts the pass itself only in the text, never in a marker', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const markers = concealedPass('Kq7#mP0x', platform).filter((representation) => representation.kind === 'os-format');
      expect(markers.every((marker) => marker.kind === 'os-format' && !new TextDecoder().decode(marker.bytes).includes('Kq7#mP0x'))).toBe(true);
    }
  });
});
