import type { z } from 'zod';
import { accountsContract } from './accounts';
import { bulkContract } from './bulk';
import { callsContract } from './calls';
import type { Channel, channels, EventName } from './channels';
import type { ChannelSpec } from './contract-slice';
import { diagnosticsContract } from './diagnostics';
import type { EventListener } from './events';
import { handoffContract } from './handoff';
import { issuingContract } from './issuing';
import { journalContract } from './journal';
import { managedContract } from './managed';
import { notifyContract } from './notify';
import { peopleContract } from './people';
import { preferencesContract } from './preferences';
import type { Result } from './result';
import { settingsContract } from './settings';
import { shellContract } from './shell';

/** The one typed contract between renderer and main, merged from the feature slices. */
export const contract = {
  ...accountsContract,
  ...peopleContract,
  ...issuingContract,
  ...handoffContract,
  ...notifyContract,
  ...settingsContract,
  ...preferencesContract,
  ...callsContract,
  ...journalContract,
  ...bulkContract,
  ...managedContract,
  ...diagnosticsContract,
  ...shellContract,
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.infer<Contract[C]['output']>;

type MethodOf<C extends Channel> = InputOf<C> extends void
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The shape of `window.tapdesk`: one function per channel, and `on` for main's events. */
export type TapDeskApi = { [C in Channel as (typeof channels)[C]]: MethodOf<C> } & {
  /** Listens to one of main's events; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
};
