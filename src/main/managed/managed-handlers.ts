import type { managedChannels, ManagedStatus } from '../../shared';
import type { HandlersFor } from '../ipc/router';

export const managedHandlers = (status: ManagedStatus): HandlersFor<typeof managedChannels> => ({
  'managed:status': async () => status,
});
