import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
beforeEach(async () => {
  desk = await deskServices(emulator);
  await desk.signIn(demoTechnicians.auth);
});

const waits = () => desk.events.filter((entry) => entry.event === 'event:waiting').map((entry) => entry.payload);

// https://learn.microsoft.com/graph/throttling: a 429 names its wait in Retry-After, and the client waits that long.
describe('words for a wait, and a way out of it', () => {
  it('tells the renderer which request waits, why and for how long, before it is sent again', async () => {
    emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 429, retryAfterSeconds: 1, times: 1 });
    const result = await desk.call('users:search', { query: 'lena' });
    expect(result.ok).toBe(true);
    expect(waits()).toEqual([{ channel: 'users:search', reason: 'throttled', seconds: 1 }]);
  });

  it('says a read is tried again after the service was unavailable', async () => {
    emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 503, retryAfterSeconds: 2, times: 1 });
    expect((await desk.call('users:search', { query: 'lena' })).ok).toBe(true);
    expect(waits()).toEqual([{ channel: 'users:search', reason: 'retrying', seconds: 2 }]);
  });

  it('stops a request held back by throttling at once when the technician cancels it', async () => {
    emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 429, retryAfterSeconds: 10 });
    const pending = desk.call('users:search', { query: 'lena' });
    await expect.poll(waits).toHaveLength(1);
    const started = Date.now();
    expect(await desk.value('calls:cancel', { channel: 'users:search' })).toBe(true);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    emulator.control.clearFaults();
  });

  it('has nothing to stop when no request runs on the channel', async () => {
    expect(await desk.value('calls:cancel', { channel: 'tap:prepare' })).toBe(false);
  });

  it('stops a create through the same way out, and still reads what the service did', async () => {
    await desk.value('tap:prepare', { userId: demoPeople.inScope.id });
    emulator.control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 429, retryAfterSeconds: 10 });
    const pending = desk.call('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    await expect.poll(waits).toEqual([{ channel: 'tap:create', reason: 'throttled', seconds: 10 }]);
    await desk.value('calls:cancel', { channel: 'tap:create' });
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'cancelled', passState: { outcome: 'pending', previousPass: 'none' } } });
    emulator.control.clearFaults();
  });
});
