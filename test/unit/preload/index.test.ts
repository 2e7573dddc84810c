import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src/shared';

type Listener = (event: unknown, payload: unknown) => void;
const exposed = vi.hoisted(() => ({
  key: '',
  api: {} as Record<string, (...input: unknown[]) => unknown>,
  invoke: vi.fn(),
  listeners: new Map<string, Set<Listener>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...input: unknown[]) => unknown>) => Object.assign(exposed, { key, api }),
  },
  ipcRenderer: {
    invoke: exposed.invoke,
    on: (event: string, listener: Listener) => exposed.listeners.set(event, (exposed.listeners.get(event) ?? new Set()).add(listener)),
    removeListener: (event: string, listener: Listener) => exposed.listeners.get(event)?.delete(listener),
  },
}));

const emit = (event: string, payload: unknown) => exposed.listeners.get(event)?.forEach((listener) => listener({}, payload));

describe('preload bridge', () => {
  it('exposes one frozen function per contract channel, `on` for events, and nothing else', async () => {
    await import('../../../src/preload/index');
    expect(exposed.key).toBe('tapdesk');
    expect(Object.isFrozen(exposed.api)).toBe(true);
    expect(Object.keys(exposed.api).sort()).toEqual([...Object.values(channels), 'on'].sort());
  });

  it('forwards each call to its own channel', async () => {
    await exposed.api.searchUsers!({ query: 'lena' });
    expect(exposed.invoke).toHaveBeenCalledWith('users:search', { query: 'lena' });
  });

  it('delivers a contract event to its listener until it unsubscribes, and refuses other names', () => {
    const heard: unknown[] = [];
    const stop = exposed.api.on!('event:create-progress', (payload: unknown) => heard.push(payload)) as () => void;
    emit('event:create-progress', { step: 'creating' });
    stop();
    emit('event:create-progress', { step: 'checking-outcome' });
    expect(heard).toEqual([{ step: 'creating' }]);
    expect(() => exposed.api.on!('users:search', () => undefined)).toThrow(/Unknown event/);
    expect(() => exposed.api.on!('event:anything', () => undefined)).toThrow(/Unknown event/);
  });
});
