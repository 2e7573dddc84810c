export * from './tenant-settings';
export * from './settings-contract';
export * from './channels';
