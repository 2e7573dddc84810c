import type { callsChannels } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { InFlightCalls } from './in-flight-calls';

export const callsHandlers = (calls: InFlightCalls): HandlersFor<typeof callsChannels> => ({
  'calls:cancel': async ({ channel }) => calls.cancel(channel),
});
