export * from './channels';
export * from './preferences';
export * from './preferences-contract';
