import { win32 } from 'node:path';

/** The environment variable that names another file, for tests and for admins trying a file out. */
export const MANAGED_CONFIG_OVERRIDE = 'TAP_DESK_MANAGED_CONFIG';

/** Where Windows keeps ProgramData unless it was set up to keep it elsewhere. */
const WINDOWS_PROGRAM_DATA = 'C:\\ProgramData';

export interface ManagedConfigFiles {
  /** Where the machine-wide file may be, in folders only an administrator can write; the first that exists is read. */
  machine: string[];
  /** The file the override names, if any; read only where the machine has no file of its own. */
  override: string | null;
}

const windowsFile = (programData: string) => win32.join(programData, 'TAP Desk', 'managed.json');

/**
 * Where the organisation's file lives on each system: beside other machine-wide application data, in folders a
 * standard user cannot write (Windows' ProgramData, macOS' /Library, /etc on Linux). On Windows the default
 * ProgramData comes first: `PROGRAMDATA` is only the environment of whoever started the desk, so it is followed
 * (Windows can be set up with ProgramData on another volume) only where the default folder holds no file, and
 * cannot hide one that is there. Node's `env` names are case-insensitive on Windows, so `PROGRAMDATA` finds
 * `ProgramData` (https://nodejs.org/api/process.html#processenv).
 */
export const managedConfigFiles = ({ platform, env }: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv }): ManagedConfigFiles => {
  const override = env[MANAGED_CONFIG_OVERRIDE]?.trim() || null;
  if (platform === 'win32') {
    const usual = windowsFile(WINDOWS_PROGRAM_DATA);
    const named = env.PROGRAMDATA?.trim();
    // Windows' paths are case-insensitive: the same folder is looked in once.
    const moved = named && windowsFile(named).toLowerCase() !== usual.toLowerCase() ? [windowsFile(named)] : [];
    return { machine: [usual, ...moved], override };
  }
  if (platform === 'darwin') return { machine: ['/Library/Application Support/TAP Desk/managed.json'], override };
  return { machine: ['/etc/tap-desk/managed.json'], override };
};
