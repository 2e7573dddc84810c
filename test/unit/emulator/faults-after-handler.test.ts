import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;

beforeEach(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
});

const passesOf = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;
const lena = demoPeople.inScope.id;

describe('faults after the handler: the service acts, the answer is lost', () => {
  it('a cut connection after a create leaves the new pass in place, recorded with what it replaced', async () => {
    const { control } = harness.emulator;
    const before = control.passOf(demoPeople.withActivePass.id);
    control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', drop: true, afterHandler: true, times: 1 });
    await expect(harness.graph(passesOf(demoPeople.withActivePass.id), { token, method: 'POST', body: {} })).rejects.toThrow();
    const after = control.passOf(demoPeople.withActivePass.id);
    expect(after?.['id']).not.toBe(before?.['id']);
    expect(after?.['temporaryAccessPass']).toBeNull();
    expect(control.passAudit()).toEqual([
      expect.objectContaining({ activity: 'create', userId: demoPeople.withActivePass.id, passId: after?.['id'], replacedPassId: before?.['id'], initiatedBy: demoTechnicians.privAuth.id }),
    ]);
    expect(control.requestLog().at(-1)).toMatchObject({ method: 'POST', status: 0 });
  });

  it('a 504 after a delete has deleted the pass', async () => {
    const { control } = harness.emulator;
    const pass = control.passOf(demoPeople.withActivePass.id);
    control.addFault({ method: 'DELETE', pathPattern: 'temporaryAccessPassMethods/', status: 504, afterHandler: true, times: 1 });
    const response = await harness.graph(`${passesOf(demoPeople.withActivePass.id)}/${String(pass?.['id'])}`, { token, method: 'DELETE' });
    expect(response.status).toBe(504);
    expect(control.passOf(demoPeople.withActivePass.id)).toBeNull();
    expect(control.passAudit()).toMatchObject([{ activity: 'delete', passId: pass?.['id'] }]);
  });

  it('a fault before the handler changes nothing', async () => {
    const { control } = harness.emulator;
    control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 503, retryAfterSeconds: 0, times: 1 });
    expect((await harness.graph(passesOf(lena), { token, method: 'POST', body: {} })).status).toBe(503);
    expect(control.passOf(lena)).toBeNull();
    expect(control.passAudit()).toEqual([]);
  });
});

describe('another desk issues a pass now', () => {
  it('under the service’s own rules: it replaces the person’s pass and is listed without its code', async () => {
    const { control } = harness.emulator;
    const other = control.issuePassElsewhere(lena, { lifetimeInMinutes: 120 });
    expect(other).toMatchObject({ lifetimeInMinutes: 120, temporaryAccessPass: null, isUsable: true });
    const listed = (await (await harness.graph(passesOf(lena), { token })).json()) as { value: { id: string }[] };
    expect(listed.value.map((pass) => pass.id)).toEqual([other['id']]);
    expect(control.passAudit()).toMatchObject([{ activity: 'create', initiatedBy: 'control', passId: other['id'] }]);
  });

  it('is refused like any create the policy refuses', () => {
    expect(() => harness.emulator.control.issuePassElsewhere(demoPeople.guest.id)).toThrow(/external guest/);
    expect(() => harness.emulator.control.issuePassElsewhere(lena, { lifetimeInMinutes: 5 })).toThrow(/Invalid LifetimeInMinutes/);
  });
});
