import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { openRecoverableStore } from '../../../../src/main/settings/recoverable-store';

// conf is the library electron-store is built on, minus Electron: the same file handling.
const openConf = (cwd: string) => () => {
  const conf = new Conf<Record<string, unknown>>({ cwd, configName: 'settings', projectName: 'tap-desk-test', clearInvalidConfig: false });
  return { get: (key: string) => conf.get(key), set: (key: string, value: unknown) => conf.set(key, value), delete: (key: string) => conf.delete(key) };
};

describe('settings file', () => {
  it('opens a good file as it is', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tapdesk-settings-'));
    await writeFile(join(cwd, 'settings.json'), JSON.stringify({ tenantProfiles: [] }));
    const { store, problem } = openRecoverableStore(openConf(cwd), join(cwd, 'settings.json'));
    expect(problem).toBeNull();
    expect(store.get('tenantProfiles')).toEqual([]);
  });

  it('moves a broken file aside, keeps its bytes, says so and starts empty', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tapdesk-settings-'));
    await writeFile(join(cwd, 'settings.json'), '{"tenantProfiles": [ {"label": "Contoso"');
    const { store, problem } = openRecoverableStore(openConf(cwd), join(cwd, 'settings.json'), () => 42);
    expect(problem).toEqual({ keptAs: join(cwd, 'settings.json.unreadable-42'), detail: expect.stringMatching(/JSON/) });
    expect(store.get('tenantProfiles')).toBeUndefined();
    expect(await readFile(join(cwd, 'settings.json.unreadable-42'), 'utf8')).toBe('{"tenantProfiles": [ {"label": "Contoso"');
    store.set('tenantProfiles', []);
    expect((await readdir(cwd)).sort()).toEqual(['settings.json', 'settings.json.unreadable-42']);
  });
});
