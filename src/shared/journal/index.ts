export * from './channels';
export * from './journal-contract';
export * from './journal-entry';
export * from './journal-integrity';
export * from './pass-status';
export * from './tenant-passes';
