export * from './channels';
export * from './shell-contract';
