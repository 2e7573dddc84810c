import { events, type EventName, type EventPayload } from '../../shared';

/** Sends one of main's events to the renderer. */
export type Publish = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Checks every payload against the contract before it leaves main, as inputs are checked when they arrive:
 * an event that does not match is a bug here and is dropped rather than sent.
 */
export const eventPublisher =
  (send: (event: EventName, payload: unknown) => void, onDropped?: (event: EventName, detail: string) => void): Publish =>
  (event, payload) => {
    const parsed = events[event].safeParse(payload);
    if (parsed.success) send(event, parsed.data);
    else onDropped?.(event, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  };
