import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;

/** Short budgets, so a hung call is given up on within the test; real budgets are tens of seconds. */
const callBudgets = { read: 2_000, create: 400, delete: 400 };

const emulator = useEmulator();
beforeEach(async () => {
  desk = await deskServices(emulator, { callBudgets });
  await desk.signIn(demoTechnicians.privAuth);
});

const lena = demoPeople.inScope.id;
const hiroshi = demoPeople.withActivePass.id;
const passes = 'temporaryAccessPassMethods$';
const heldBy = (userId: string) => emulator.control.passOf(userId)?.['id'] ?? null;

describe('a create whose answer is lost', () => {
  it('is found by reading the person’s passes, and the unreadable pass is replaced once by one that can be read', async () => {
    await desk.value('tap:prepare', { userId: lena });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 1 });
    const pass = await desk.value('tap:create', { userId: lena, replacePassId: null });
    expect(pass.recovered).toEqual({ unreadablePassId: expect.any(String), cause: 'network' });
    // Each step is told to the screen as it starts, so that a long wait says what it is waiting for.
    expect(desk.events).toEqual(
      ['checking-current-pass', 'creating', 'checking-outcome', 'creating-again'].map((step) => ({ event: 'event:create-progress', payload: { userId: lena, step } })),
    );
    expect(pass.recovered!.unreadablePassId).not.toBe(pass.id);
    expect(pass.replacedPass).toBeNull();
    expect(pass.temporaryAccessPass.length).toBeGreaterThanOrEqual(8);
    expect(heldBy(lena)).toBe(pass.id);
  });

  it('replaces the previous pass only as chosen, and names it as the one replaced, when a 504 came after the change', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, status: 504, afterHandler: true, times: 1 });
    const pass = await desk.value('tap:create', { userId: hiroshi, replacePassId: existingPass!.id });
    expect(pass.replacedPass?.id).toBe(existingPass!.id);
    expect(pass.recovered).toMatchObject({ cause: 'service_unavailable' });
    expect(heldBy(hiroshi)).toBe(pass.id);
  });

  it('says exactly what state the person is in when the second attempt is lost too', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 2 });
    const result = await desk.call('tap:create', { userId: hiroshi, replacePassId: existingPass!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'pass_unreadable', passState: { outcome: 'unreadable', previousPass: 'gone' } } });
    expect(heldBy(hiroshi)).not.toBe(existingPass!.id);
    expect(heldBy(hiroshi)).not.toBeNull();
  });

  it('reports that nothing changed when the request never reached the service', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, drop: true, times: 1 });
    const result = await desk.call('tap:create', { userId: hiroshi, replacePassId: existingPass!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'network', passState: { outcome: 'not_created', previousPass: 'kept' } } });
    expect(heldBy(hiroshi)).toBe(existingPass!.id);
  });

  it('says the state is unknown when the passes cannot be read afterwards either', async () => {
    await desk.value('tap:prepare', { userId: lena });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 1 });
    // Faults match in the order added: the read right before the create passes, the reads after it are cut.
    emulator.control.addFault({ method: 'GET', pathPattern: passes, times: 1 });
    emulator.control.addFault({ method: 'GET', pathPattern: passes, drop: true });
    const result = await desk.call('tap:create', { userId: lena, replacePassId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'network', passState: { outcome: 'unknown' } } });
  });
});

describe('another desk’s pass', () => {
  it('is never replaced silently: Create refuses, names it, and replaces it only once chosen', async () => {
    await desk.value('tap:prepare', { userId: lena });
    const other = emulator.control.issuePassElsewhere(lena);
    const refused = await desk.call('tap:create', { userId: lena, replacePassId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'pass_changed', currentPass: { id: other['id'], createdDateTime: other['createdDateTime'] } } });
    expect(heldBy(lena)).toBe(other['id']);
    const pass = await desk.value('tap:create', { userId: lena, replacePassId: String(other['id']) });
    expect(pass.replacedPass?.id).toBe(other['id']);
  });

  it('appearing instead of the pass the technician chose to replace is refused as well', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    const other = emulator.control.issuePassElsewhere(hiroshi);
    const refused = await desk.call('tap:create', { userId: hiroshi, replacePassId: existingPass!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'pass_changed', currentPass: { id: other['id'] } } });
    expect(heldBy(hiroshi)).toBe(other['id']);
  });
});

describe('a revoke whose answer is lost', () => {
  it('is confirmed by reading again when the pass is gone', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    emulator.control.addFault({ method: 'DELETE', pathPattern: 'temporaryAccessPassMethods/', drop: true, afterHandler: true, times: 1 });
    expect(await desk.value('tap:revoke', { userId: hiroshi, passId: existingPass!.id })).toBe(true);
    expect(heldBy(hiroshi)).toBeNull();
  });

  it('says the pass still works when the delete never arrived', async () => {
    const { existingPass } = await desk.value('tap:prepare', { userId: hiroshi });
    emulator.control.addFault({ method: 'DELETE', pathPattern: 'temporaryAccessPassMethods/', status: 503, retryAfterSeconds: 0, times: 1 });
    const result = await desk.call('tap:revoke', { userId: hiroshi, passId: existingPass!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'service_unavailable', passState: { outcome: 'not_revoked', previousPass: 'kept' } } });
    expect(heldBy(hiroshi)).toBe(existingPass!.id);
  });
});

describe('a hung call', () => {
  it('ends with a timeout within its budget, and the answer says a late create may still happen', async () => {
    await desk.value('tap:prepare', { userId: lena });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, latencyMs: 3_000, times: 1 });
    const result = await desk.call('tap:create', { userId: lena, replacePassId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout', passState: { outcome: 'pending', previousPass: 'none' } } });
  });

  it('can be cancelled, and the technician learns what the service did', async () => {
    const slow = await deskServices(emulator, { callBudgets: { create: 30_000 } });
    await slow.signIn(demoTechnicians.privAuth);
    await slow.value('tap:prepare', { userId: lena });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, latencyMs: 10_000, times: 1 });
    const started = Date.now();
    const creating = slow.call('tap:create', { userId: lena, replacePassId: null });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await slow.value('tap:cancel', { userId: lena })).toBe(true);
    const result = await creating;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', passState: { outcome: 'pending' } } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await slow.value('tap:cancel', { userId: lena })).toBe(false);
  });

  it('that was carried out before the cancel is reported as an unreadable pass, not created again behind the technician’s back', async () => {
    const slow = await deskServices(emulator, { callBudgets: { create: 30_000 } });
    await slow.signIn(demoTechnicians.privAuth);
    await slow.value('tap:prepare', { userId: lena });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, afterHandler: true, latencyMs: 10_000, times: 1 });
    // The handler runs after the latency, so this fault makes the change first and then hangs.
    const creating = slow.call('tap:create', { userId: lena, replacePassId: null });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await slow.value('tap:cancel', { userId: lena });
    expect(await creating).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
