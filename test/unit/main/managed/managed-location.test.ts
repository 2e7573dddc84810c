import { describe, expect, it } from 'vitest';
import { managedConfigFiles } from '../../../../src/main/managed';

describe('where the organisation’s file is looked for', () => {
  it('is ProgramData on Windows, as the environment names it', () => {
    expect(managedConfigFiles({ platform: 'win32', env: { PROGRAMDATA: 'D:\\ProgramData' } }).machine).toBe('D:\\ProgramData\\TAP Desk\\managed.json');
  });

  it('is C:\\ProgramData on Windows when the environment does not name it', () => {
    expect(managedConfigFiles({ platform: 'win32', env: {} }).machine).toBe('C:\\ProgramData\\TAP Desk\\managed.json');
    expect(managedConfigFiles({ platform: 'win32', env: { PROGRAMDATA: '  ' } }).machine).toBe('C:\\ProgramData\\TAP Desk\\managed.json');
  });

  it('is the machine’s Application Support folder on macOS', () => {
    expect(managedConfigFiles({ platform: 'darwin', env: {} }).machine).toBe('/Library/Application Support/TAP Desk/managed.json');
  });

  it('is /etc on Linux and other systems', () => {
    expect(managedConfigFiles({ platform: 'linux', env: {} }).machine).toBe('/etc/tap-desk/managed.json');
    expect(managedConfigFiles({ platform: 'freebsd', env: {} }).machine).toBe('/etc/tap-desk/managed.json');
  });

  it('takes the override from TAP_DESK_MANAGED_CONFIG, beside the machine’s file, and ignores a blank one', () => {
    expect(managedConfigFiles({ platform: 'linux', env: { TAP_DESK_MANAGED_CONFIG: '/tmp/try.json' } })).toEqual({ machine: '/etc/tap-desk/managed.json', override: '/tmp/try.json' });
    expect(managedConfigFiles({ platform: 'linux', env: { TAP_DESK_MANAGED_CONFIG: ' ' } }).override).toBeNull();
  });
});
