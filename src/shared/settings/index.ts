export * from './tenant-settings';
export * from './lockable-settings';
export * from './setting-locks';
export * from './logo-image';
export * from './settings-contract';
export * from './channels';
