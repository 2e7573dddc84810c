import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const eventual = { ConsistencyLevel: 'eventual' };

describe('bearer check (401 InvalidAuthenticationToken)', () => {
  const expect401 = async (authorization: string | undefined, message: string) => {
    const response = await harness.graph('/me', authorization === undefined ? {} : { headers: { authorization } });
    expect(response.status).toBe(401);
    const error = await graphError(response);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.message).toBe(message);
  };

  it('refuses a missing, malformed, foreign-signed, wrong-audience and expired token', async () => {
    await expect401(undefined, 'Access token is empty.');
    await expect401('Bearer not-a-jwt', 'CompactToken parsing failed with error code: 80049217');
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ aud: harness.emulator.graphHost, iss: `${harness.emulator.authority}/v2.0`, oid: demoTechnicians.global.id, scp: 'User.Read.All', iat: now, exp: now + 600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .sign(privateKey);
    await expect401(`Bearer ${forged}`, 'Access token validation failure.');
    const issued = await harness.emulator.control.issueToken({ username: demoTechnicians.auth.userPrincipalName });
    await expect401(`Bearer ${issued.id_token}`, 'Access token validation failure. Invalid audience.');
    harness.emulator.control.setClockOffset(61 * 60_000);
    await expect401(`Bearer ${issued.access_token}`, 'Lifetime validation failed, the token is expired.');
  });

  it('puts request-id and the echoed client-request-id in headers and innerError', async () => {
    const response = await harness.graph('/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    const requestId = response.headers.get('request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const error = await graphError(response);
    expect(error.innerError['client-request-id']).toBe('abc-123');
    expect(error.innerError['request-id']).toBe(requestId);
    expect(error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });
});

describe('users', () => {
  it('returns the signed-in user and the organization', async () => {
    const me = (await (await harness.graph('/me', { token })).json()) as Record<string, unknown>;
    expect(me).toMatchObject({ id: demoTechnicians.auth.id, userPrincipalName: demoTechnicians.auth.userPrincipalName, preferredLanguage: 'de-DE' });
    const organization = (await (await harness.graph('/organization', { token })).json()) as { value: Array<Record<string, unknown>> };
    expect(organization.value[0]).toMatchObject({ id: harness.emulator.tenantId, displayName: 'TAP Desk Demo' });
  });

  it('needs ConsistencyLevel: eventual for $search (400 Request_UnsupportedQuery)', async () => {
    const response = await harness.graph('/users?$search="displayName:lena"', { token });
    expect(response.status).toBe(400);
    expect(await graphError(response)).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
  });

  it('matches word prefixes case-insensitively in displayName or userPrincipalName', async () => {
    const search = async (term: string): Promise<string[]> => {
      const query = encodeURIComponent(`"displayName:${term}" OR "userPrincipalName:${term}"`);
      const response = await harness.graph(`/users?$search=${query}&$select=displayName`, { token, headers: eventual });
      expect(response.status).toBe(200);
      return ((await response.json()) as { value: Array<{ displayName: string }> }).value.map((user) => user.displayName);
    };
    expect(await search('lena')).toEqual(['Lena Fischer']);
    expect(await search('FISCH')).toEqual(['Lena Fischer']);
    expect(await search('lefe')).toEqual(['Pierre Lefèvre']);
    expect(await search('fabrikam')).toEqual(['Jordan Lee (Fabrikam)']);
    expect(await search('ischer')).toEqual([]);
  });

  it('returns the default property set, or exactly $select; unknown properties are a 400', async () => {
    const list = (await (await harness.graph('/users?$top=1', { token })).json()) as { value: Array<Record<string, unknown>> };
    expect(Object.keys(list.value[0] ?? {}).sort()).toEqual(
      ['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
    );
    const selected = (await (await harness.graph(`/users/${demoPeople.disabled.id}?$select=accountEnabled,usageLocation,userType`, { token })).json()) as Record<string, unknown>;
    expect(selected).toEqual({ '@odata.context': expect.any(String), accountEnabled: false, usageLocation: 'FR', userType: 'Member' });
    const unknown = await harness.graph('/users?$select=shoeSize', { token });
    expect(unknown.status).toBe(400);
    expect((await graphError(unknown)).message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });

  it('pages with @odata.nextLink and $skiptoken, counts with $count=true and ConsistencyLevel', async () => {
    const seen: string[] = [];
    let next: string | undefined = `${harness.emulator.graphBaseUrl}/users?$top=15&$select=id&$count=true`;
    let count: number | undefined;
    while (next) {
      const response = await harness.request(next, { headers: { authorization: `Bearer ${token}`, ...eventual } });
      const page = (await response.json()) as { value: Array<{ id: string }>; '@odata.nextLink'?: string; '@odata.count'?: number };
      count ??= page['@odata.count'];
      seen.push(...page.value.map((user) => user.id));
      next = page['@odata.nextLink'];
      if (next) expect(next).toMatch(/\$skiptoken=/);
    }
    expect(seen.length).toBe(count);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(40);
    // Without ConsistencyLevel the service ignores ?$count=true rather than failing; the 400 belongs to /users/$count
    // (https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects).
    const withoutHeader = await harness.graph('/users?$count=true', { token });
    expect(withoutHeader.status).toBe(200);
    expect(await withoutHeader.json()).not.toHaveProperty('@odata.count');
    const tooMany = await harness.graph('/users?$top=1000', { token });
    expect(tooMany.status).toBe(400);
  });

  it('finds the guest by #EXT# UPN and answers unknown users with Request_ResourceNotFound', async () => {
    const guest = await harness.graph(`/users/${encodeURIComponent(demoPeople.guest.userPrincipalName)}?$select=userType,creationType`, { token });
    expect(await guest.json()).toMatchObject({ userType: 'Guest', creationType: 'Invitation' });
    const missing = await harness.graph('/users/00000000-0000-0000-0000-000000000001', { token });
    expect(missing.status).toBe(404);
    expect(await graphError(missing)).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: "Resource '00000000-0000-0000-0000-000000000001' does not exist or one of its queried reference-property objects are not present.",
    });
  });

  it('serves photo bytes or 404 ImageNotFound', async () => {
    const photo = await harness.graph(`/users/${demoPeople.inScope.id}/photo/$value`, { token });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await photo.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    const none = await harness.graph(`/users/${demoPeople.outOfScope.id}/photo/$value`, { token });
    expect(none.status).toBe(404);
    expect((await graphError(none)).code).toBe('ImageNotFound');
  });

  it('refuses directory reads without a directory scope (403 Authorization_RequestDenied)', async () => {
    const narrow = await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read']);
    expect((await harness.graph('/me', { token: narrow })).status).toBe(200);
    const others = await harness.graph('/users', { token: narrow });
    expect(others.status).toBe(403);
    expect(await graphError(others)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  });

  it('answers an unknown segment with 400 and a wrong method with 405', async () => {
    const unknown = await harness.graph('/groupsx', { token });
    expect(unknown.status).toBe(400);
    expect((await graphError(unknown)).message).toBe("Resource not found for the segment 'groupsx'.");
    expect((await harness.graph('/me', { token, method: 'DELETE' })).status).toBe(405);
  });
});
