export * from './calls';
export * from './calls-contract';
export * from './channels';
