export * from './channels';
export * from './clouds';
export * from './contract';
export * from './domain';
export * from './errors';
export * from './result';
export * from './directory-roles';
export * from './external-guest';
