export { preferencesHandlers } from './preferences-handlers';
export { PreferencesRepository } from './preferences-repository';
