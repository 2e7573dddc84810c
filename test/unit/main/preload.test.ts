import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src/shared';

const exposed = vi.hoisted(() => ({ key: '', api: {} as Record<string, (input?: unknown) => unknown>, invoke: vi.fn() }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (input?: unknown) => unknown>) => Object.assign(exposed, { key, api }),
  },
  ipcRenderer: { invoke: exposed.invoke },
}));

describe('preload bridge', () => {
  it('exposes one frozen function per contract channel and nothing else', async () => {
    await import('../../../src/preload/index');
    expect(exposed.key).toBe('tapdesk');
    expect(Object.isFrozen(exposed.api)).toBe(true);
    expect(Object.keys(exposed.api).sort()).toEqual(Object.values(channels).sort());
  });

  it('forwards each call to its own channel', async () => {
    await exposed.api.searchUsers!({ query: 'lena' });
    expect(exposed.invoke).toHaveBeenCalledWith('users:search', { query: 'lena' });
  });
});
