import { readFileSync, statSync } from 'node:fs';
import { MANAGED_CONFIG_VERSION, managedConfigSchema, type ManagedConfig, type ManagedProblem } from '../../shared';
import { invalidFile } from './managed-issues';
import { managedConfigFiles } from './managed-location';

/** Far more than any real file; a bigger one is refused before it is read. */
export const MANAGED_CONFIG_MAX_BYTES = 256 * 1024;

/** What reading one file gave: nothing there (the normal case), a configuration, or why it cannot be used. */
export type ManagedRead = { found: false } | { found: true; config: ManagedConfig } | { found: true; problem: ManagedProblem };

/** The organisation's configuration as TAP Desk starts with it. */
export interface ManagedLoad {
  /** The file read, or looked for. */
  file: string;
  config: ManagedConfig | null;
  problem: ManagedProblem | null;
}

const broken = (problem: ManagedProblem): ManagedRead => ({ found: true, problem });

/** V8 says where JSON broke as an offset ("… at position 42"); an admin's editor counts lines and columns. */
const whereJsonBroke = (message: string, text: string): { line?: number; column?: number } => {
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return {};
  const before = text.slice(0, Number(offset)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reads and checks one file; never throws, so a broken file cannot stop TAP Desk from starting. */
export const readManagedConfig = (file: string): ManagedRead => {
  let text: string;
  try {
    if (statSync(file).size > MANAGED_CONFIG_MAX_BYTES) return broken({ kind: 'too_large', maxBytes: MANAGED_CONFIG_MAX_BYTES });
    // Windows' Notepad and PowerShell's `Out-File -Encoding utf8` start the file with a byte order mark, which JSON.parse refuses.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { found: false };
    return broken({ kind: 'unreadable', detail: messageOf(error) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return broken({ kind: 'not_json', detail: messageOf(error), ...whereJsonBroke(messageOf(error), text) });
  }
  // A file written for another version is not checked key by key: its keys would be reported as mistakes.
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== MANAGED_CONFIG_VERSION) {
    return broken({ kind: 'unsupported_version', version: JSON.stringify(data.version) });
  }
  const parsed = managedConfigSchema.safeParse(data);
  return parsed.success ? { found: true, config: parsed.data } : broken(invalidFile(parsed.error.issues, data));
};

const loadOf = (file: string, read: ManagedRead): ManagedLoad => {
  if (!read.found) return { file, config: null, problem: null };
  return 'config' in read ? { file, config: read.config, problem: null } : { file, config: null, problem: read.problem };
};

/** One named file as TAP Desk starts with it. */
export const loadManagedFile = (file: string): ManagedLoad => loadOf(file, readManagedConfig(file));

/**
 * Reads the machine's file, the first of its places that has one. The override is read only where the machine has
 * none: a technician who sets the variable cannot lift the organisation's locks by pointing it at another file.
 */
export const loadManagedConfig = (where: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv }, read: (file: string) => ManagedRead = readManagedConfig): ManagedLoad => {
  const { machine, override } = managedConfigFiles(where);
  for (const file of machine) {
    const fromMachine = read(file);
    if (fromMachine.found) return loadOf(file, fromMachine);
  }
  return override ? loadOf(override, read(override)) : loadOf(machine[0] ?? '', { found: false });
};
