import type { preferencesChannels, StoreProblem } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { PreferencesRepository } from './preferences-repository';

export const preferencesHandlers = (preferences: PreferencesRepository, storeProblem: StoreProblem | null): HandlersFor<typeof preferencesChannels> => ({
  'preferences:get': async () => preferences.load(),
  'preferences:save': async ({ preferences: chosen }) => preferences.save(chosen),
  'preferences:store-problem': async () => storeProblem,
});
