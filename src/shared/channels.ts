import { accountsChannels } from './accounts/channels';
import { bulkChannels, bulkEventNames } from './bulk/channels';
import { callsChannels, callsEventNames } from './calls/channels';
import { diagnosticsChannels } from './diagnostics/channels';
import { handoffChannels } from './handoff/channels';
import { issuingChannels, issuingEventNames } from './issuing/channels';
import { journalChannels, journalEventNames } from './journal/channels';
import { managedChannels } from './managed/channels';
import { notifyChannels } from './notify/channels';
import { peopleChannels } from './people/channels';
import { preferencesChannels } from './preferences/channels';
import { settingsChannels } from './settings/channels';
import { shellChannels, shellEventNames } from './shell/channels';

/**
 * Every renderer → main channel and the name of the function the preload exposes for it, merged from the
 * feature slices. Names only, no schemas, so the preload bundle stays tiny.
 */
export const channels = {
  ...accountsChannels,
  ...peopleChannels,
  ...issuingChannels,
  ...handoffChannels,
  ...notifyChannels,
  ...settingsChannels,
  ...preferencesChannels,
  ...callsChannels,
  ...journalChannels,
  ...bulkChannels,
  ...managedChannels,
  ...diagnosticsChannels,
  ...shellChannels,
} as const;

export type Channel = keyof typeof channels;
export const channelNames = Object.keys(channels) as Channel[];

/** Every main → renderer event. */
export const eventNames = [...issuingEventNames, ...callsEventNames, ...journalEventNames, ...bulkEventNames, ...shellEventNames] as const;
export type EventName = (typeof eventNames)[number];
