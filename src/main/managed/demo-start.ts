import type { ManagedLoad } from './managed-config-file';

/** The command-line switch that starts TAP Desk against its built-in emulator. */
export const DEMO_SWITCH = '--demo';

/**
 * Whether this start runs in demo mode. An organisation that turns demo mode off gets the real app instead, and
 * the screen says why (`refused`); a file that could not be used locks nothing, as it is not applied at all.
 */
export const demoStart = (argv: readonly string[], managed: Pick<ManagedLoad, 'config'>): { demo: boolean; refused: boolean } => {
  const asked = argv.includes(DEMO_SWITCH);
  const locked = managed.config?.allowDemoMode === false;
  return { demo: asked && !locked, refused: asked && locked };
};
