import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

let asAuthAdmin: Awaited<ReturnType<typeof deskServices>>;
let asPrivAuth: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
// A reset revokes refresh tokens, so each test signs in afresh.
beforeEach(async () => {
  asAuthAdmin = await deskServices(emulator);
  await asAuthAdmin.signIn(demoTechnicians.auth);
  asPrivAuth = await deskServices(emulator);
  await asPrivAuth.signIn(demoTechnicians.privAuth);
});

const graphCalls = (since: number) =>
  emulator.control
    .requestLog()
    .slice(since)
    .filter((entry) => entry.path.startsWith('/v1.0/'))
    .map((entry) => `${entry.method} ${entry.path}`);

describe('preparing a pass', () => {
  it('loads the person, methods, existing pass, policy and roles in one parallel step', async () => {
    const context = await asPrivAuth.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    expect(context.user.displayName).toBe(demoPeople.withActivePass.displayName);
    expect(context.existingPass).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    expect(context.policy).toMatchObject({ state: 'enabled', minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 });
    expect(context.methods!.every((method) => method.type !== 'temporaryAccessPassAuthenticationMethod')).toBe(true);
    expect(context.findings).toEqual([]);
  });

  it('works without the policy when the role cannot read it', async () => {
    const context = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    expect(context.policy).toBeNull();
    expect(context.methods!.length).toBeGreaterThan(0);
    expect(context.photoDataUrl).toMatch(/^data:image\//);
  });

  it('blocks guests, the technician themself, admins out of reach and a disabled policy; warns about disabled accounts', async () => {
    const codes = async (desk: typeof asAuthAdmin, userId: string) =>
      (await desk.value('tap:prepare', { userId })).findings.map((finding) => `${finding.severity}:${finding.code}`);
    expect(await codes(asAuthAdmin, demoPeople.guest.id)).toEqual(['block:external_guest']);
    expect(await codes(asAuthAdmin, demoTechnicians.auth.id)).toEqual(['block:self_target']);
    expect(await codes(asAuthAdmin, demoPeople.disabled.id)).toEqual(['warn:account_disabled']);
    expect(await codes(asAuthAdmin, demoPeople.globalAdmin.id)).toEqual(['block:privileged_target']);
    expect(await codes(asPrivAuth, demoPeople.globalAdmin.id)).toEqual([]);
    const helpdesk = await deskServices(emulator);
    await helpdesk.signIn(demoTechnicians.helpdesk);
    expect(await codes(helpdesk, demoPeople.inScope.id)).toEqual(['block:insufficient_role']);
    emulator.control.setPolicy({ state: 'disabled' });
    const fresh = await deskServices(emulator);
    await fresh.signIn(demoTechnicians.privAuth);
    expect(await codes(fresh, demoPeople.inScope.id)).toEqual(['block:policy_disabled']);
  });

  it('answers user_not_found for someone who is not there', async () => {
    await expect(asAuthAdmin.call('tap:prepare', { userId: '00000000-0000-4000-8000-000000000000' })).resolves.toMatchObject({ ok: false, error: { code: 'user_not_found' } });
  });
});

describe('creating a pass', () => {
  it('reads the person’s pass right before creating, then creates with one request, and returns the pass once', async () => {
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const mark = emulator.control.requestLog().length;
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.inScope.id, lifetimeInMinutes: 120, isUsableOnce: true, replacePassId: null });
    const passes = `/v1.0/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`;
    expect(graphCalls(mark)).toEqual([`GET ${passes}`, `POST ${passes}`]);
    expect(pass).toMatchObject({ lifetimeInMinutes: 120, isUsableOnce: true, isUsable: true, replacedPass: null, recovered: null, userId: demoPeople.inScope.id });
    expect(pass.temporaryAccessPass).toMatch(/^.{8}$/);
    const again = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    expect(again.existingPass).toMatchObject({ id: pass.id });
    expect(JSON.stringify(emulator.control.requestLog())).not.toContain(pass.temporaryAccessPass);
  });

  it('takes the policy defaults for what the form leaves out and honours a later start', async () => {
    await asPrivAuth.value('tap:prepare', { userId: demoPeople.inScope.id });
    const start = new Date(Date.now() + 3 * 3600_000).toISOString();
    const pass = await asPrivAuth.value('tap:create', { userId: demoPeople.inScope.id, startDateTime: start, replacePassId: null });
    expect(pass).toMatchObject({ lifetimeInMinutes: 60, isUsable: false, methodUsabilityReason: 'NotYetValid' });
    expect(Date.parse(pass.startDateTime!)).toBe(Date.parse(start));
  });

  it('refuses to overwrite an existing pass unless asked, and replaces exactly that pass when asked', async () => {
    const { existingPass } = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    const mark = emulator.control.requestLog().length;
    await expect(asAuthAdmin.call('tap:create', { userId: demoPeople.withActivePass.id, replacePassId: null })).resolves.toMatchObject({
      ok: false,
      error: { code: 'pass_exists', currentPass: { id: existingPass!.id } },
    });
    expect(graphCalls(mark).map((call) => call.split(' ')[0])).toEqual(['GET']);
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.withActivePass.id, replacePassId: existingPass!.id });
    expect(pass.replacedPass).toEqual(existingPass);
    expect(graphCalls(mark).map((call) => call.split(' ')[0])).toEqual(['GET', 'GET', 'POST']);
    const after = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    expect(after.existingPass?.id).toBe(pass.id);
  });

  it('leaves the existing pass in place when the replacement is refused by the service', async () => {
    const { existingPass } = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    const result = await asAuthAdmin.call('tap:create', { userId: demoPeople.withActivePass.id, lifetimeInMinutes: 20_000, replacePassId: existingPass!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'lifetime_out_of_range' } });
    expect((await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id })).existingPass?.id).toBe(existingPass!.id);
  });

  it('keeps the old pass when the form is refused before anything is sent', async () => {
    const { existingPass } = await asPrivAuth.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    const result = await asPrivAuth.call('tap:create', { userId: demoPeople.withActivePass.id, lifetimeInMinutes: 1440, replacePassId: existingPass!.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'lifetime_out_of_range', lifetimeRange: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 } } });
    expect((await asPrivAuth.value('tap:prepare', { userId: demoPeople.withActivePass.id })).existingPass?.id).toBe(existingPass!.id);
  });

  it('surfaces the range the service names when the policy could not be read', async () => {
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const result = await asAuthAdmin.call('tap:create', { userId: demoPeople.inScope.id, lifetimeInMinutes: 1440, replacePassId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'lifetime_out_of_range', lifetimeRange: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 }, requestId: expect.any(String) } });
  });

  it('maps the service refusals: out of scope, excluded, multi-use, admin target, wrong role', async () => {
    const refusal = async (desk: typeof asAuthAdmin, userId: string, extra: { isUsableOnce?: boolean } = {}) => {
      await desk.value('tap:prepare', { userId });
      const result = await desk.call('tap:create', { userId, replacePassId: null, ...extra });
      return result.ok ? 'created' : result.error.code;
    };
    expect(await refusal(asAuthAdmin, demoPeople.outOfScope.id)).toBe('user_not_in_policy_scope');
    expect(await refusal(asAuthAdmin, demoPeople.excluded.id)).toBe('user_not_in_policy_scope');
    expect(await refusal(asAuthAdmin, demoPeople.globalAdmin.id)).toBe('privileged_target');
    expect(await refusal(asAuthAdmin, demoPeople.helpdeskAdmin.id)).toBe('privileged_target');
    expect(await refusal(asPrivAuth, demoPeople.globalAdmin.id)).toBe('created');
    emulator.control.setPolicy({ isUsableOnce: true });
    expect(await refusal(asAuthAdmin, demoPeople.inScope.id, { isUsableOnce: false })).toBe('multi_use_not_allowed');
    const helpdesk = await deskServices(emulator);
    await helpdesk.signIn(demoTechnicians.helpdesk);
    expect(await refusal(helpdesk, demoPeople.inScope.id)).toBe('insufficient_role');
  });

  it('refuses guests and the technician themself without calling Graph', async () => {
    for (const userId of [demoPeople.guest.id, demoTechnicians.auth.id]) {
      await asAuthAdmin.value('tap:prepare', { userId });
      const mark = emulator.control.requestLog().length;
      const result = await asAuthAdmin.call('tap:create', { userId, replacePassId: null });
      expect(result.ok).toBe(false);
      expect(graphCalls(mark)).toEqual([]);
    }
  });

  it('retries throttling and reports it with Retry-After when it persists', async () => {
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    emulator.control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 429, retryAfterSeconds: 0, times: 1 });
    expect((await asAuthAdmin.call('tap:create', { userId: demoPeople.inScope.id, replacePassId: null })).ok).toBe(true);
    emulator.control.clearFaults();
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.outOfScope.id });
    emulator.control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 429, retryAfterSeconds: 0 });
    await expect(asAuthAdmin.call('tap:create', { userId: demoPeople.outOfScope.id, replacePassId: null })).resolves.toMatchObject({
      ok: false,
      error: { code: 'throttled', retryAfterSeconds: 0 },
    });
  });

  it('reports a dropped connection as a network problem', async () => {
    emulator.control.addFault({ pathPattern: '^/v1\\.0/users$', drop: true });
    await expect(asAuthAdmin.call('users:search', { query: 'lena' })).resolves.toMatchObject({ ok: false, error: { code: 'network' } });
  });
});
