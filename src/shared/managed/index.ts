export * from './channels';
export * from './managed-config';
export * from './managed-contract';
export * from './managed-status';
