export * from './issuing-schemas';
export * from './issuing-contract';
export * from './issuing-events';
export * from './channels';
export * from './lifetime';
export * from './external-guest';
export * from './directory-roles';
