import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator';

/**
 * One emulator per test file, back to its demo fixture before every test. The answer stands in for the running
 * emulator (it forwards to it), so a test file reads `emulator.control…` as if it had started it itself.
 */
export const useEmulator = (): RunningEmulator => {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator();
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.control.reset());
  return new Proxy({} as RunningEmulator, {
    get: (_target, key) => {
      if (!running) throw new Error('The emulator starts before the first test of the file.');
      return Reflect.get(running, key);
    },
  });
};
