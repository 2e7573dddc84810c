export * from './handoff-contract';
export * from './channels';
