export * from './tenant-settings';
export * from './logo-image';
export * from './settings-contract';
export * from './channels';
