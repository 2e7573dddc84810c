import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'undici';
import { findGraphPermission } from '../../../src/emulator/authority/permissions.js';
import { demoPeople, demoTechnicians, roleIds, type DirectoryAudit } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

// The resource: https://learn.microsoft.com/graph/api/resources/directoryaudit
// The list, its permissions and roles: https://learn.microsoft.com/graph/api/directoryaudit-list
// The pass events: https://learn.microsoft.com/entra/architecture/security-operations-privileged-accounts#changes-to-privileged-accounts
const harness = useHarness();
const tokens = { reader: '', auth: '', global: '' };
beforeAll(async () => {
  tokens.reader = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
  tokens.auth = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
  tokens.global = await harness.tokenFor(demoTechnicians.global.userPrincipalName);
});

interface AuditPage {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: DirectoryAudit[];
}

const lena = demoPeople.inScope;
const passesPath = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;
const filtered = (filter: string) => `?$filter=${encodeURIComponent(filter)}`;
const audits = (query = '', token = tokens.reader) => harness.graph(`/auditLogs/directoryAudits${query}`, { token });
const page = async (response: Response): Promise<AuditPage> => {
  expect(response.status).toBe(200);
  return (await response.json()) as AuditPage;
};
const activities = async (query: string): Promise<string[]> => (await page(await audits(query))).value.map((audit) => audit.activityDisplayName);
const createPass = async (userId: string, token = tokens.reader): Promise<string> => {
  const response = await harness.graph(passesPath(userId), { token, method: 'POST', body: {} });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
};
const json = (value: string) => JSON.stringify(value);

describe('what the log records', () => {
  it('a pass created through Graph: "Admin registered security info", "Admin registered temporary access pass method for user", UserManagement, Authentication Methods', async () => {
    const passId = await createPass(lena.id);
    const [event] = (await page(await audits())).value;
    expect(event).toMatchObject({
      activityDisplayName: 'Admin registered security info',
      resultReason: 'Admin registered temporary access pass method for user',
      category: 'UserManagement',
      loggedByService: 'Authentication Methods',
      // Microsoft's example output of Get-EntraBetaAuditDirectoryLog shows these for Authentication Methods events.
      operationType: 'ServiceApi',
      result: 'success',
      initiatedBy: { user: { id: demoTechnicians.privAuth.id, displayName: demoTechnicians.privAuth.displayName, userPrincipalName: demoTechnicians.privAuth.userPrincipalName, ipAddress: '127.0.0.1' }, app: null },
      targetResources: [{ id: lena.id, displayName: lena.displayName, type: 'User', userPrincipalName: lena.userPrincipalName }],
      additionalDetails: [],
    });
    expect(event?.id).toMatch(new RegExp(`^Authentication Methods_${event?.correlationId}_`));
    expect(event?.correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(event?.targetResources[0]?.modifiedProperties).toEqual([
      { displayName: 'TemporaryAccessPass.TemporaryAccessPass.Id', oldValue: json(''), newValue: json(passId) },
      { displayName: 'TemporaryAccessPass.TemporaryAccessPass.StartDateTime', oldValue: json(''), newValue: expect.any(String) },
      { displayName: 'TemporaryAccessPass.TemporaryAccessPass.EndTime', oldValue: json(''), newValue: expect.any(String) },
      { displayName: 'TemporaryAccessPass.TemporaryAccessPass.AccessPassUsage', oldValue: json(''), newValue: json('Multiple') },
    ]);
  });

  it('stamps events with the emulator clock, the control clock offset included', async () => {
    harness.emulator.control.setClockOffset(3 * 24 * 60 * 60_000);
    harness.emulator.control.issuePassElsewhere(lena.id);
    const [event] = harness.emulator.control.directoryAudits();
    expect(Date.parse(event?.activityDateTime ?? '') - Date.now()).toBeGreaterThan(2 * 24 * 60 * 60_000);
  });

  it('a replaced pass is one registration whose old values name the pass it replaced (the docs do not say the deletion is logged apart)', async () => {
    const before = harness.emulator.control.passOf(demoPeople.withActivePass.id);
    await createPass(demoPeople.withActivePass.id);
    const events = harness.emulator.control.directoryAudits();
    expect(events.map((event) => event.activityDisplayName)).toEqual(['Admin registered security info']);
    expect(events[0]?.targetResources[0]?.modifiedProperties[0]).toMatchObject({ oldValue: json(String(before?.['id'])) });
    expect(harness.emulator.control.passAudit()).toMatchObject([{ activity: 'create', replacedPassId: before?.['id'] }]);
  });

  it('a pass deleted through Graph: "Admin deleted security info", "Admin deleted temporary access pass method for user"', async () => {
    const passId = await createPass(lena.id);
    expect((await harness.graph(`${passesPath(lena.id)}/${passId}`, { token: tokens.reader, method: 'DELETE' })).status).toBe(204);
    const [deleted] = harness.emulator.control.directoryAudits();
    expect(deleted).toMatchObject({ activityDisplayName: 'Admin deleted security info', resultReason: 'Admin deleted temporary access pass method for user', category: 'UserManagement' });
    expect(deleted?.targetResources[0]?.modifiedProperties[0]).toEqual({ displayName: 'TemporaryAccessPass.TemporaryAccessPass.Id', oldValue: json(passId), newValue: json('') });
  });

  it('another desk’s pass names the technician at that desk: Rafael Costa unless the control request names another', () => {
    const { control } = harness.emulator;
    control.issuePassElsewhere(lena.id);
    control.issuePassElsewhere(lena.id, { initiatedBy: demoTechnicians.global.userPrincipalName, isUsableOnce: true });
    const [second, first] = control.directoryAudits();
    expect(first?.initiatedBy.user).toMatchObject({ id: demoPeople.authAdmin.id, userPrincipalName: demoPeople.authAdmin.userPrincipalName, ipAddress: '192.0.2.10' });
    expect(second?.initiatedBy.user).toMatchObject({ id: demoTechnicians.global.id });
    expect(second?.targetResources[0]?.modifiedProperties.at(-1)).toMatchObject({ newValue: json('OneTime') });
    expect(control.passAudit().map((entry) => entry.initiatedBy)).toEqual(['control', 'control']);
  });

  it('a method the person registers: "User registered security info" by the person, for themselves (reference-audit-activities#authentication-methods)', () => {
    const { control } = harness.emulator;
    control.registerMethod(demoPeople.outOfScope.id, 'fido2');
    control.registerMethod(demoPeople.outOfScope.id, 'fido2');
    const events = control.directoryAudits();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      activityDisplayName: 'User registered security info',
      // Get-EntraBetaAuditDirectoryLog's example output.
      resultReason: 'User registered Fido2 Authentication Method',
      initiatedBy: { user: { id: demoPeople.outOfScope.id } },
      targetResources: [{ id: demoPeople.outOfScope.id, type: 'User', modifiedProperties: [] }],
    });
  });

  it('the control surface reads the whole log, the latest written first', async () => {
    harness.emulator.control.issuePassElsewhere(lena.id);
    harness.emulator.control.registerMethod(lena.id, 'email');
    const response = await harness.request(`${harness.emulator.controlUrl}/directory-audits`);
    const events = (await response.json()) as DirectoryAudit[];
    expect(events.map((event) => event.activityDisplayName)).toEqual(['User registered security info', 'Admin registered security info']);
    expect(events).toEqual(harness.emulator.control.directoryAudits());
  });
});

describe('GET /auditLogs/directoryAudits: $filter (directoryaudit-list, the properties table of directoryAudit)', () => {
  const hour = 60 * 60_000;
  /** An older registration by Lena, an other-desk pass for Lena an hour later, one for Claudia now. */
  const seed = () => {
    const { control } = harness.emulator;
    control.setClockOffset(-2 * hour);
    control.registerMethod(lena.id, 'fido2');
    control.setClockOffset(-hour);
    control.issuePassElsewhere(lena.id);
    control.setClockOffset(0);
    control.issuePassElsewhere(demoPeople.managerOfInScope.id, { initiatedBy: demoTechnicians.global.id });
    return new Date(Date.now() - 90 * 60_000).toISOString();
  };

  it('activityDateTime ge, le, gt and lt', async () => {
    const between = seed();
    expect(await activities(filtered(`activityDateTime ge ${between}`))).toEqual(['Admin registered security info', 'Admin registered security info']);
    expect(await activities(filtered(`activityDateTime le ${between}`))).toEqual(['User registered security info']);
    expect(await activities(filtered(`activityDateTime lt ${between}`))).toHaveLength(1);
    expect(await activities(filtered(`activityDateTime gt ${between}`))).toHaveLength(2);
  });

  it('activityDisplayName, loggedByService, category, initiatedBy/user/id and targetResources/any, combined with and', async () => {
    seed();
    expect(await activities(filtered("activityDisplayName eq 'User registered security info'"))).toEqual(['User registered security info']);
    expect(await activities(filtered("loggedByService eq 'Authentication Methods' and category eq 'UserManagement'"))).toHaveLength(3);
    expect(await activities(filtered(`initiatedBy/user/id eq '${demoTechnicians.global.id}'`))).toHaveLength(1);
    const forLena = (await page(await audits(filtered(`targetResources/any(t: t/id eq '${lena.id}')`)))).value;
    expect(forLena.map((event) => event.targetResources[0]?.id)).toEqual([lena.id, lena.id]);
    const combined = `activityDisplayName eq 'Admin registered security info' and targetResources/any(t:t/id eq '${lena.id}') and initiatedBy/user/id eq '${demoPeople.authAdmin.id}'`;
    expect(await activities(filtered(combined))).toEqual(['Admin registered security info']);
  });

  it('answers 400 to filters the reporting API does not take (https://github.com/AzureAD/MSIdentityTools/issues/9)', async () => {
    for (const filter of ["resultReason eq 'x'", "activityDisplayName ne 'x'", "not (category eq 'x')", "operationType eq 'ServiceApi'"]) {
      const response = await audits(filtered(filter));
      expect(response.status).toBe(400);
      expect(await graphError(response)).toMatchObject({ code: 'BadRequest', message: 'Invalid filter clause' });
    }
    const unknown = await audits(filtered('createdDateTime le 2018-01-24'));
    expect(await graphError(unknown)).toMatchObject({ message: "Could not find a property named 'createdDateTime' on type 'microsoft.graph.directoryAudit'." });
    expect((await graphError(await audits(filtered("category eq 'x' and")))).message).toMatch(/^Invalid filter clause: /);
  });
});

describe('GET /auditLogs/directoryAudits: order, $top and paging (https://learn.microsoft.com/graph/paging)', () => {
  const seedPasses = (count: number) => {
    for (let index = 0; index < count; index += 1) harness.emulator.control.issuePassElsewhere(lena.id);
  };

  it('lists newest first, or oldest first with $orderby=activityDateTime asc', async () => {
    seedPasses(3);
    const newest = (await page(await audits())).value.map((event) => event.id);
    expect(newest).toEqual(harness.emulator.control.directoryAudits().map((event) => event.id));
    expect((await page(await audits('?$orderby=activityDateTime asc'))).value.map((event) => event.id)).toEqual([...newest].reverse());
    expect((await page(await audits()))['@odata.context']).toBe(`${harness.emulator.graphBaseUrl}/$metadata#auditLogs/directoryAudits`);
  });

  it('pages by $top through @odata.nextLink, keeping the filter; a page boundary holds while new events arrive', async () => {
    seedPasses(5);
    const all = harness.emulator.control.directoryAudits().map((event) => event.id);
    const first = await page(await audits(`${filtered("category eq 'UserManagement'")}&$top=2`));
    expect(first.value.map((event) => event.id)).toEqual(all.slice(0, 2));
    const next = new URL(first['@odata.nextLink'] ?? '');
    expect(next.searchParams.get('$filter')).toBe("category eq 'UserManagement'");
    expect(next.searchParams.get('$top')).toBe('2');
    seedPasses(1);
    const second = await page(await harness.request(next.toString(), { headers: { authorization: `Bearer ${tokens.reader}` } }));
    expect(second.value.map((event) => event.id)).toEqual(all.slice(2, 4));
    const third = await page(await harness.request(second['@odata.nextLink'] ?? '', { headers: { authorization: `Bearer ${tokens.reader}` } }));
    expect(third.value.map((event) => event.id)).toEqual(all.slice(4));
    expect(third['@odata.nextLink']).toBeUndefined();
  });

  it('refuses a negative $top and a skip token it did not issue', async () => {
    expect((await audits('?$top=-1')).status).toBe(400);
    expect((await audits('?$skiptoken=not-ours')).status).toBe(400);
  });
});

describe('who may read the log (directoryaudit-list#permissions)', () => {
  it('needs AuditLog.Read.All in the token, Directory.Read.All alone is not enough (microsoft-graph-docs-contrib#8997)', async () => {
    harness.emulator.control.setConsent(['User.Read.All', 'Directory.Read.All', 'AuditLog.Read.All']);
    const token = await harness.tokenFor(demoTechnicians.global.userPrincipalName, ['User.Read.All', 'Directory.Read.All']);
    const response = await audits('', token);
    expect(response.status).toBe(403);
    expect(await graphError(response)).toMatchObject({ code: 'Authentication_MSGraphPermissionMissing', message: 'Calling principal does not have required MSGraph permissions AuditLog.Read.All' });
  });

  it('needs a role that reads audit logs: the Authentication Administrator is refused, Global Reader and Global Administrator are served', async () => {
    const refused = await audits('', tokens.auth);
    expect(refused.status).toBe(403);
    expect(await graphError(refused)).toMatchObject({ code: 'Authentication_RequestFromUnsupportedUserRole', message: 'User is not in the allowed roles' });
    expect((await audits('', tokens.reader)).status).toBe(200);
    expect((await audits('', tokens.global)).status).toBe(200);
  });

  it('serves Reports Reader, Security Reader, Security Administrator and Security Operator (howto-authentication-methods-activity#permissions-and-licenses)', async () => {
    const { control } = harness.emulator;
    for (const role of [roleIds.reportsReader, roleIds.securityReader, roleIds.securityAdministrator, roleIds.securityOperator]) {
      control.setUser(demoTechnicians.helpdesk.id, { roleIds: [role] });
      expect((await audits('', await harness.tokenFor(demoTechnicians.helpdesk.userPrincipalName))).status).toBe(200);
    }
  });

  it('AuditLog.Read.All is a delegated permission only an admin may grant (https://learn.microsoft.com/graph/permissions-reference)', () => {
    expect(findGraphPermission('AuditLog.Read.All')).toMatchObject({ adminConsentRequired: true });
  });
});

describe('$batch (https://learn.microsoft.com/graph/json-batching)', () => {
  interface BatchAnswer {
    responses: Array<{ id: string; status: number; body?: { value?: unknown[] } }>;
  }
  const batch = (requests: unknown[]) => harness.graph('/$batch', { token: tokens.reader, method: 'POST', body: { requests } });

  it('serves the audit log, a person’s passes and their methods as parts of one batch', async () => {
    harness.emulator.control.issuePassElsewhere(lena.id);
    const response = await batch([
      { id: 'audit', method: 'GET', url: `/auditLogs/directoryAudits${filtered(`targetResources/any(t: t/id eq '${lena.id}')`)}` },
      { id: 'passes', method: 'GET', url: passesPath(lena.id) },
      { id: 'methods', method: 'GET', url: `/users/${lena.id}/authentication/methods` },
    ]);
    const byId = new Map(((await response.json()) as BatchAnswer).responses.map((part) => [part.id, part]));
    expect(byId.get('audit')).toMatchObject({ status: 200 });
    expect(byId.get('audit')?.body?.value).toHaveLength(1);
    expect(byId.get('passes')?.body?.value).toHaveLength(1);
    expect(byId.get('methods')).toMatchObject({ status: 200 });
  });

  it('a fault matching the batch request itself acts once, on the round trip, and not again on each part', async () => {
    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/', status: 503, retryAfterSeconds: 0, afterHandler: true, times: 2 });
    const response = await batch([
      { id: 'audit', method: 'GET', url: '/auditLogs/directoryAudits' },
      { id: 'me', method: 'GET', url: '/me' },
    ]);
    expect(response.status).toBe(503);
    // The parts left the second use of the fault untouched: the next call takes it.
    expect((await harness.graph('/me', { token: tokens.reader })).status).toBe(503);
    expect((await harness.graph('/me', { token: tokens.reader })).status).toBe(200);
  });
});
