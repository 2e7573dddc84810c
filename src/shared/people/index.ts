export * from './people-schemas';
export * from './people-contract';
export * from './channels';
