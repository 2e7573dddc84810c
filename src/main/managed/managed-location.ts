import { win32 } from 'node:path';

/** The environment variable that names another file, for tests and for admins trying a file out. */
export const MANAGED_CONFIG_OVERRIDE = 'TAP_DESK_MANAGED_CONFIG';

export interface ManagedConfigFiles {
  /** The machine-wide file, which only an administrator can write. */
  machine: string;
  /** The file the override names, if any; read only where the machine has no file of its own. */
  override: string | null;
}

/**
 * Where the organisation's file lives on each system: beside other machine-wide application data, in folders a
 * standard user cannot write (Windows' ProgramData, macOS' /Library, /etc on Linux). `env` is Node's, whose
 * names are case-insensitive on Windows, so `PROGRAMDATA` finds `ProgramData`
 * (https://nodejs.org/api/process.html#processenv).
 */
export const managedConfigFiles = ({ platform, env }: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv }): ManagedConfigFiles => {
  const override = env[MANAGED_CONFIG_OVERRIDE]?.trim() || null;
  if (platform === 'win32') return { machine: win32.join(env.PROGRAMDATA?.trim() || 'C:\\ProgramData', 'TAP Desk', 'managed.json'), override };
  if (platform === 'darwin') return { machine: '/Library/Application Support/TAP Desk/managed.json', override };
  return { machine: '/etc/tap-desk/managed.json', override };
};
