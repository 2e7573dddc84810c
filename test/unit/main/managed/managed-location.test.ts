import { describe, expect, it } from 'vitest';
import { managedConfigFiles } from '../../../../src/main/managed';

describe('where the organisation’s file is looked for', () => {
  it('is C:\\ProgramData on Windows, then ProgramData where the environment names another folder', () => {
    expect(managedConfigFiles({ platform: 'win32', env: { PROGRAMDATA: 'D:\\ProgramData' } }).machine).toEqual([
      'C:\\ProgramData\\TAP Desk\\managed.json',
      'D:\\ProgramData\\TAP Desk\\managed.json',
    ]);
  });

  it('is C:\\ProgramData alone on Windows when the environment names it too, in any case, or names nothing', () => {
    expect(managedConfigFiles({ platform: 'win32', env: { PROGRAMDATA: 'C:\\programdata' } }).machine).toEqual(['C:\\ProgramData\\TAP Desk\\managed.json']);
    expect(managedConfigFiles({ platform: 'win32', env: {} }).machine).toEqual(['C:\\ProgramData\\TAP Desk\\managed.json']);
    expect(managedConfigFiles({ platform: 'win32', env: { PROGRAMDATA: '  ' } }).machine).toEqual(['C:\\ProgramData\\TAP Desk\\managed.json']);
  });

  it('is the machine’s Application Support folder on macOS', () => {
    expect(managedConfigFiles({ platform: 'darwin', env: {} }).machine).toEqual(['/Library/Application Support/TAP Desk/managed.json']);
  });

  it('is /etc on Linux and other systems', () => {
    expect(managedConfigFiles({ platform: 'linux', env: {} }).machine).toEqual(['/etc/tap-desk/managed.json']);
    expect(managedConfigFiles({ platform: 'freebsd', env: {} }).machine).toEqual(['/etc/tap-desk/managed.json']);
  });

  it('takes the override from TAP_DESK_MANAGED_CONFIG, beside the machine’s file, and ignores a blank one', () => {
    expect(managedConfigFiles({ platform: 'linux', env: { TAP_DESK_MANAGED_CONFIG: '/tmp/try.json' } })).toEqual({ machine: ['/etc/tap-desk/managed.json'], override: '/tmp/try.json' });
    expect(managedConfigFiles({ platform: 'linux', env: { TAP_DESK_MANAGED_CONFIG: ' ' } }).override).toBeNull();
  });
});
