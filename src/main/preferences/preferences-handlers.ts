import type { preferencesChannels } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { PreferencesRepository } from './preferences-repository';

export const preferencesHandlers = (preferences: PreferencesRepository): HandlersFor<typeof preferencesChannels> => ({
  'preferences:get': async () => preferences.load(),
  'preferences:save': async ({ preferences: chosen }) => preferences.save(chosen),
});
