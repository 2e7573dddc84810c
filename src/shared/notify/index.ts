export * from './notification';
export * from './notification-template';
export * from './notification-defaults';
export * from './notify-contract';
export * from './channels';
