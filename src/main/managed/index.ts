// The organisation's machine-wide configuration: where it lives, reading it, and what it fixes.
export { demoStart, DEMO_SWITCH } from './demo-start';
export { loadManagedConfig, loadManagedFile, MANAGED_CONFIG_MAX_BYTES, readManagedConfig, type ManagedLoad, type ManagedRead } from './managed-config-file';
export { managedHandlers } from './managed-handlers';
export { MANAGED_CONFIG_OVERRIDE, managedConfigFiles, type ManagedConfigFiles } from './managed-location';
export { managedPolicy, type ManagedPolicy, type ManagedStart } from './managed-policy';
