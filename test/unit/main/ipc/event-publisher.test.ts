import { describe, expect, it } from 'vitest';
import { eventPublisher } from '../../../../src/main/ipc/event-publisher';

describe('main’s events', () => {
  it('are sent only when the payload matches the contract, and a mismatch is reported instead', () => {
    const sent: unknown[] = [];
    const dropped: string[] = [];
    const publish = eventPublisher(
      (event, payload) => sent.push({ event, payload }),
      (event, detail) => dropped.push(`${event}: ${detail}`),
    );
    const userId = '6c5e3a1b-2f4d-4e8a-9b7c-1d2e3f4a5b6c';
    publish('event:create-progress', { userId, step: 'creating' });
    publish('event:create-progress', { userId, step: 'guessing' } as never);
    expect(sent).toEqual([{ event: 'event:create-progress', payload: { userId, step: 'creating' } }]);
    expect(dropped).toEqual([expect.stringMatching(/^event:create-progress: step: /)]);
  });
});
