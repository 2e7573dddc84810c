export * from './channels';
export * from './diagnostics-contract';
