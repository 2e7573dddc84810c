import type { z } from 'zod';
import { appError, contract, err, ok, type Channel, type Contract, type OutputOf, type Result } from '../../shared';
import { toAppError } from '../graph/error-mapping';

export type Handler<C extends Channel> = (input: z.output<Contract[C]['input']>) => Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** One feature's handlers: exactly the channels its slice of the contract names. */
export type HandlersFor<Names extends Partial<Record<Channel, string>>> = { [C in keyof Names & Channel]: Handler<C> };

/** What main knows about the frame that sent an IPC message. */
export interface Sender {
  url: string;
  isMainFrame: boolean;
}

export interface Router {
  channels: Channel[];
  dispatch(channel: string, sender: Sender, input: unknown): Promise<Result<unknown>>;
}

export interface RouterOptions {
  isTrustedSender: (sender: Sender) => boolean;
  /** Receives failures for the local log; never inputs or results, which may hold a pass. */
  onFailure?: (channel: string, code: string, detail: string | undefined) => void;
  /** Runs each handler, e.g. so that it can be stopped; by default it simply runs. */
  around?: (channel: Channel, run: () => Promise<unknown>) => Promise<unknown>;
}

const isChannel = (channel: string): channel is Channel => Object.hasOwn(contract, channel);

const summarise = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');

/**
 * Checks the sender, parses the input with the contract, runs the handler and always answers with a
 * Result: nothing thrown here crosses IPC (Electron would keep only the message).
 */
export const createRouter = (handlers: Handlers, { isTrustedSender, onFailure, around = (_channel, run) => run() }: RouterOptions): Router => {
  const dispatch = async (channel: string, sender: Sender, input: unknown): Promise<Result<unknown>> => {
    const refuse = (result: Result<unknown>) => {
      if (!result.ok) onFailure?.(channel, result.error.code, result.error.detail);
      return result;
    };
    if (!isChannel(channel)) return refuse(err(appError('validation', `Unknown request "${channel.slice(0, 64)}".`, { reason: 'unknown_channel' })));
    if (!isTrustedSender(sender)) return refuse(err(appError('unexpected', 'A request from an untrusted page was refused.', { reason: 'untrusted_sender' })));
    const { input: inputSchema, output: outputSchema } = contract[channel];
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) return refuse(err(appError('validation', 'The request was not valid.', { reason: 'invalid_request', detail: summarise(parsed.error) })));
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      const output = outputSchema.safeParse(await around(channel, () => handler(parsed.data)));
      if (!output.success) return refuse(err(appError('unexpected', 'An internal answer was malformed.', { reason: 'malformed_answer', detail: summarise(output.error) })));
      return ok(output.data);
    } catch (error) {
      return refuse(err(toAppError(error)));
    }
  };
  return { channels: Object.keys(contract) as Channel[], dispatch };
};
