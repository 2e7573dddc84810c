import type { Channel } from '../../../../shared';

/** What a request is for, in the words of the wait messages' `select`. */
export type WaitTopic = 'search' | 'person' | 'create' | 'revoke' | 'status' | 'notice' | 'send' | 'other';

const topics: Partial<Record<Channel, WaitTopic>> = {
  'users:search': 'search',
  'tap:prepare': 'person',
  'tap:create': 'create',
  'tap:revoke': 'revoke',
  'tap:status': 'status',
  'notify:prepare': 'notice',
  'notify:send': 'send',
};

export const waitTopicOf = (channel: Channel): WaitTopic => topics[channel] ?? 'other';

/**
 * Requests the technician waits for with nothing else on screen to say so. A create or revoke shows its own
 * steps and Stop button, sign-in waits for the browser, a slip or file for a dialog, the pass status is read in
 * the background: those are named only when Microsoft asks TAP Desk to pause.
 */
const silentWhileRunning: ReadonlySet<WaitTopic> = new Set(['search', 'person', 'notice', 'send']);

/** Seconds a request may run before the screen says what it waits for. */
export const SLOW_AFTER_SECONDS = 3;

export const namesSlowWait = (channel: Channel): boolean => silentWhileRunning.has(waitTopicOf(channel));
