import { AsyncLocalStorage } from 'node:async_hooks';
import { cancellable } from '../net/call-limits';

/**
 * The renderer's requests while main serves them, by channel: each can be stopped (every Graph call inside
 * answers `cancelled`), and a Graph call deep inside knows which request it serves, to say why it waits.
 */
export class InFlightCalls {
  private readonly running = new Map<string, Set<AbortController>>();
  private readonly serving = new AsyncLocalStorage<string>();

  run<T>(channel: string, operation: () => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const controllers = this.running.get(channel) ?? new Set();
    this.running.set(channel, controllers.add(controller));
    return this.serving.run(channel, () => cancellable(controller.signal, operation)).finally(() => {
      controllers.delete(controller);
      if (controllers.size === 0) this.running.delete(channel);
    });
  }

  cancel(channel: string): boolean {
    const controllers = this.running.get(channel);
    controllers?.forEach((controller) => controller.abort());
    return Boolean(controllers?.size);
  }

  /** The channel of the request the current code runs for, if any. */
  channel(): string | undefined {
    return this.serving.getStore();
  }
}
