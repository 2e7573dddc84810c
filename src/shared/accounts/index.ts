export * from './accounts-schemas';
export * from './accounts-contract';
export * from './channels';
