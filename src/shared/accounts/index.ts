export * from './accounts-schemas';
export * from './desk-capability';
export * from './accounts-contract';
export * from './channels';
