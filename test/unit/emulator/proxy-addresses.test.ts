import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const lena = demoPeople.inScope;

// https://learn.microsoft.com/graph/api/resources/user#properties: proxyAddresses is returned only on $select.
describe('proxyAddresses on users', () => {
  it('are left out by default and listed on $select, the primary address marked SMTP:', async () => {
    const plain = (await (await harness.graph(`/users/${lena.id}`, { token })).json()) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('proxyAddresses');
    const selected = (await (await harness.graph(`/users/${lena.id}?$select=mail,proxyAddresses`, { token })).json()) as Record<string, unknown>;
    expect(selected['proxyAddresses']).toEqual([`SMTP:${lena.userPrincipalName}`, 'smtp:lena.fischer@tapdeskdemo.mail.onmicrosoft.com']);
  });

  it('can be changed through the control surface', async () => {
    harness.emulator.control.setUser(lena.id, { proxyAddresses: ['SMTP:lena@contoso.example', 'smtp:l.fischer@contoso.example'] });
    const selected = (await (await harness.graph(`/users/${lena.id}?$select=proxyAddresses`, { token })).json()) as Record<string, unknown>;
    expect(selected['proxyAddresses']).toEqual(['SMTP:lena@contoso.example', 'smtp:l.fischer@contoso.example']);
    expect(() => harness.emulator.control.setUser(lena.id, { proxyAddresses: ['lena@contoso.example'] })).toThrow();
  });
});
