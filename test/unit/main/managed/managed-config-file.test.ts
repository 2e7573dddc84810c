import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManagedConfig, loadManagedFile, MANAGED_CONFIG_MAX_BYTES, readManagedConfig, type ManagedRead } from '../../../../src/main/managed';
import { demoProfile } from '../../../../src/main/accounts/demo-profile';

const dir = mkdtempSync(join(tmpdir(), 'tapdesk-managed-'));
let files = 0;
const fileWith = (text: string | Buffer): string => {
  const file = join(dir, `managed-${++files}.json`);
  writeFileSync(file, text);
  return file;
};
const json = (value: unknown) => fileWith(JSON.stringify(value, null, 2));

const contoso = { id: 'contoso', label: 'Contoso', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' };

const problemOf = (read: ManagedRead) => ('problem' in read ? read.problem : undefined);

describe('reading the organisation’s file', () => {
  it('reads profiles, locks for every profile and for one, and the demo switch', () => {
    const config = {
      version: 1,
      profiles: [{ ...contoso, lockedSettings: { notifications: { enabled: true } } }],
      lockedSettings: { notifications: { passInMail: { enabled: false } }, journal: { retentionMonths: 24 }, defaults: { autoHideSeconds: 60 }, bulk: { holdMinutes: 120 } },
      allowDemoMode: false,
    };
    expect(readManagedConfig(json(config))).toEqual({ found: true, config });
  });

  it('finds nothing where there is no file, the normal case', () => {
    expect(readManagedConfig(join(dir, 'absent.json'))).toEqual({ found: false });
  });

  it('reads a file that starts with a byte order mark, as Notepad writes it', () => {
    expect(readManagedConfig(fileWith(`\uFEFF${JSON.stringify({ version: 1 })}`))).toEqual({ found: true, config: { version: 1 } });
  });

  it('says where JSON broke, by line and column, where the parser gives its position', () => {
    // A missing comma: V8 reports "… in JSON at position 19".
    expect(problemOf(readManagedConfig(fileWith('{\n  "version": 1\n  "profiles": []\n}')))).toMatchObject({ kind: 'not_json', line: 3, column: 3 });
    // A stray comma: V8 quotes the text around it instead, which the technical detail shows.
    const problem = problemOf(readManagedConfig(fileWith('{\n  "version": 1,\n  "profiles": [,]\n}')));
    expect(problem).toEqual({ kind: 'not_json', detail: expect.stringContaining('[,]') });
  });

  it('refuses keys it does not know, naming each by its JSON path', () => {
    const problem = problemOf(readManagedConfig(json({ version: 1, lockedSettings: { notices: true, journal: { retentionMonth: 24 } }, profiles: [{ ...contoso, colour: 'red' }] })));
    expect(problem).toEqual({
      kind: 'invalid',
      issues: expect.arrayContaining([
        { path: '$.lockedSettings.notices', code: 'unknown_key' },
        { path: '$.lockedSettings.journal.retentionMonth', code: 'unknown_key' },
        { path: '$.profiles[0].colour', code: 'unknown_key' },
      ]),
      moreIssues: 0,
    });
  });

  it('says which values have the wrong type, are missing, out of range or not allowed', () => {
    const problem = problemOf(
      readManagedConfig(
        json({
          version: 1,
          allowDemoMode: 'no',
          lockedSettings: { defaults: { autoHideSeconds: 5 }, notifications: { passInMail: { enabled: true } } },
          profiles: [{ ...contoso, cloud: 'mars', clientId: 'not-a-guid', label: undefined }],
        }),
      ),
    );
    expect(problem).toMatchObject({ kind: 'invalid', moreIssues: 1 });
    const issues = problem?.kind === 'invalid' ? problem.issues : [];
    expect(issues).toEqual([
      { path: '$.profiles[0].label', code: 'required' },
      { path: '$.profiles[0].cloud', code: 'not_allowed', values: ['"global"', '"usgov"', '"usgov-dod"', '"china"', '"emulator"'] },
      { path: '$.profiles[0].clientId', code: 'invalid_format', format: 'guid' },
      { path: '$.lockedSettings.defaults.autoHideSeconds', code: 'too_small', origin: 'number', limit: 15 },
      { path: '$.lockedSettings.notifications.passInMail.enabled', code: 'not_allowed', values: ['false'] },
    ]);
  });

  it('refuses a profile id twice, and the demo tenant’s id', () => {
    const problem = problemOf(readManagedConfig(json({ version: 1, profiles: [contoso, { ...contoso, label: 'Again' }, { ...contoso, id: demoProfile({ tenantId: 't', clientId: 'c' }).id }] })));
    expect(problem).toEqual({
      kind: 'invalid',
      issues: [
        { path: '$.profiles[1].id', code: 'duplicate_id', id: 'contoso' },
        { path: '$.profiles[2].id', code: 'reserved_id', id: 'demo' },
      ],
      moreIssues: 0,
    });
  });

  it('refuses a file without its version, or of another version, as a whole', () => {
    expect(problemOf(readManagedConfig(json({ profiles: [] })))).toEqual({ kind: 'invalid', issues: [{ path: '$.version', code: 'required' }], moreIssues: 0 });
    expect(problemOf(readManagedConfig(json({ version: 2, policies: {} })))).toEqual({ kind: 'unsupported_version', version: '2' });
    expect(problemOf(readManagedConfig(json([1])))).toEqual({ kind: 'invalid', issues: [{ path: '$', code: 'wrong_type', expected: 'object' }], moreIssues: 0 });
  });

  it('refuses a file too large to be one, and one that cannot be read', () => {
    expect(problemOf(readManagedConfig(fileWith(Buffer.alloc(MANAGED_CONFIG_MAX_BYTES + 1, ' '))))).toEqual({ kind: 'too_large', maxBytes: MANAGED_CONFIG_MAX_BYTES });
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    expect(problemOf(readManagedConfig(folder))).toMatchObject({ kind: 'unreadable', detail: expect.stringMatching(/EISDIR/) });
  });
});

describe('loading at start', () => {
  const where = { platform: 'linux' as const, env: { TAP_DESK_MANAGED_CONFIG: '/tmp/try.json' } };
  const reader = (files: Record<string, ManagedRead>) => (file: string) => files[file] ?? { found: false as const };

  it('reads the machine’s file, and then the override is not read: it cannot lift the machine’s locks', () => {
    const load = loadManagedConfig(where, reader({ '/etc/tap-desk/managed.json': { found: true, config: { version: 1, allowDemoMode: false } }, '/tmp/try.json': { found: true, config: { version: 1 } } }));
    expect(load).toEqual({ file: '/etc/tap-desk/managed.json', config: { version: 1, allowDemoMode: false }, problem: null });
  });

  it('reads the override where the machine has no file', () => {
    expect(loadManagedConfig(where, reader({ '/tmp/try.json': { found: true, config: { version: 1 } } }))).toEqual({ file: '/tmp/try.json', config: { version: 1 }, problem: null });
  });

  it('starts without a configuration, and without a problem, where there is no file at all', () => {
    expect(loadManagedConfig({ platform: 'linux', env: {} }, reader({}))).toEqual({ file: '/etc/tap-desk/managed.json', config: null, problem: null });
  });

  it('keeps the problem of a broken machine file and applies nothing of it', () => {
    const problem = { kind: 'not_json' as const, detail: 'Unexpected end of JSON input' };
    expect(loadManagedConfig(where, reader({ '/etc/tap-desk/managed.json': { found: true, problem } }))).toEqual({ file: '/etc/tap-desk/managed.json', config: null, problem });
  });

  // A process's environment is whoever starts it to set: `set PROGRAMDATA=%TEMP%` before starting the desk must not
  // lead it past the organisation's file.
  it("reads Windows' own ProgramData file whatever folder the environment names, so a variable cannot hide it", () => {
    const machineFile = 'C:\\ProgramData\\TAP Desk\\managed.json';
    const elsewhere = 'C:\\Users\\tech\\AppData\\Local\\Temp\\TAP Desk\\managed.json';
    const files = reader({ [machineFile]: { found: true, config: { version: 1, allowDemoMode: false } }, [elsewhere]: { found: true, config: { version: 1 } } });
    const load = loadManagedConfig({ platform: 'win32', env: { PROGRAMDATA: 'C:\\Users\\tech\\AppData\\Local\\Temp' } }, files);
    expect(load).toEqual({ file: machineFile, config: { version: 1, allowDemoMode: false }, problem: null });
  });

  // Windows moves ProgramData only when set up so (https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-folderlocations-programdata).
  it('reads ProgramData where the environment says Windows moved it, when the default folder holds no file', () => {
    const moved = 'D:\\ProgramData\\TAP Desk\\managed.json';
    const load = loadManagedConfig({ platform: 'win32', env: { PROGRAMDATA: 'D:\\ProgramData' } }, reader({ [moved]: { found: true, config: { version: 1 } } }));
    expect(load).toEqual({ file: moved, config: { version: 1 }, problem: null });
  });

  it('reads one named file as the start would', () => {
    const file = json({ version: 1, allowDemoMode: false });
    expect(loadManagedFile(file)).toEqual({ file, config: { version: 1, allowDemoMode: false }, problem: null });
    expect(loadManagedFile(join(dir, 'absent.json'))).toEqual({ file: join(dir, 'absent.json'), config: null, problem: null });
  });
});
