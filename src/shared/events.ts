import type { z } from 'zod';
import type { EventName } from './channels';
import { bulkEvents } from './bulk';
import { callsEvents } from './calls';
import { issuingEvents } from './issuing';
import { journalEvents } from './journal';
import { shellEvents } from './shell';

/** What each main → renderer event carries; main checks a payload against it before sending. */
export const events = { ...issuingEvents, ...callsEvents, ...journalEvents, ...bulkEvents, ...shellEvents } satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
