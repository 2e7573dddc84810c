import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { journalText } from '../../../support/journal-text';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;
const emulator = useEmulator();
const startOfDay = () => new Date(Date.now() - 60 * 60_000).toISOString();
const week = () => ({ from: new Date(Date.now() - 7 * 24 * 60 * 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() });

const issue = async (userId: string) => {
  const { existingPass } = await desk.value('tap:prepare', { userId });
  return desk.value('tap:create', { userId, lifetimeInMinutes: 60, isUsableOnce: true, replacePassId: existingPass?.id ?? null });
};

beforeEach(async () => {
  desk = await deskServices(emulator);
  // Privileged Authentication Administrator and Global Reader: issues for anyone and may read the audit log.
  await desk.signIn(demoTechnicians.privAuth);
});

describe("today at this desk", () => {
  it('keeps every act with who did it, never the pass, and follows each pass as the person uses it', async () => {
    const lena = await issue(demoPeople.inScope.id);
    await desk.value('handoff:slip', { userId: demoPeople.inScope.id, passId: lena.id, output: 'print' });
    const hiroshi = await issue(demoPeople.withActivePass.id);
    const guest = await desk.call('tap:create', { userId: demoPeople.guest.id, replacePassId: null });
    expect(guest).toMatchObject({ ok: false, error: { code: 'external_guest' } });

    const today = await desk.value('journal:today', { since: startOfDay() });
    expect(today.entries.map((entry) => [entry.action, entry.person.userPrincipalName])).toEqual([
      ['refused', demoPeople.guest.userPrincipalName],
      ['replaced', demoPeople.withActivePass.userPrincipalName],
      ['slip_printed', demoPeople.inScope.userPrincipalName],
      ['issued', demoPeople.inScope.userPrincipalName],
    ]);
    expect(today.entries[3]).toMatchObject({
      technician: { userPrincipalName: demoTechnicians.privAuth.userPrincipalName },
      person: { id: demoPeople.inScope.id, displayName: expect.any(String) },
      passId: lena.id,
      options: { lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: null },
    });
    expect(today.entries[0]?.error).toMatchObject({ code: 'external_guest' });
    expect(today.integrity).toMatchObject({ state: 'intact', entries: 4, sealed: true });
    expect(today.writeProblem).toBeNull();
    const before = await desk.value('journal:today', { since: startOfDay(), until: today.entries[3]!.at });
    expect(before.entries).toEqual([]);
    const written = await journalText(desk.cacheDir);
    expect(written).toContain(lena.id);
    expect(written).not.toContain(lena.temporaryAccessPass);
    expect(written).not.toContain(hiroshi.temporaryAccessPass);

    const followed = [lena, hiroshi].map((pass) => ({ userId: pass.userId, passId: pass.id }));
    expect((await desk.value('journal:statuses', { passes: followed })).map((status) => status.phase)).toEqual(['waiting', 'waiting']);
    emulator.control.markPassUsed(demoPeople.inScope.id);
    expect((await desk.value('journal:statuses', { passes: followed })).map((status) => status.phase)).toEqual(['used', 'waiting']);
    emulator.control.registerMethod(demoPeople.inScope.id, 'fido2');
    await desk.value('tap:revoke', { userId: hiroshi.userId, passId: hiroshi.id });
    const statuses = await desk.value('journal:statuses', { passes: followed });
    expect(statuses.map((status) => status.phase)).toEqual(['method_registered', 'revoked']);
    expect(statuses[0]?.newMethods.map((method) => method.type)).toEqual(['fido2AuthenticationMethod']);
  });

  it('reads fifty people in three batches sent together', async () => {
    const people = emulator.control.seedPeople({ count: 50 });
    const before = emulator.control.requestLog().length;
    const fake = '00000000-0000-4000-8000-000000000000';
    const statuses = await desk.value('journal:statuses', { passes: people.map((person) => ({ userId: person.id, passId: fake })) });
    const calls = emulator.control.requestLog().slice(before).filter((entry) => entry.path.startsWith('/v1.0/'));
    expect(calls.map((entry) => `${entry.method} ${entry.path}`)).toEqual(Array(3).fill('POST /v1.0/$batch'));
    expect(statuses).toHaveLength(50);
    expect(statuses.every((status) => status.phase === 'removed')).toBe(true);
  });

  it('says at once when the journal cannot be written, and still hands over the pass', async () => {
    await writeFile(join(desk.cacheDir, 'journal'), 'not a folder');
    const pass = await issue(demoPeople.inScope.id);
    expect(pass.temporaryAccessPass).toBeTruthy();
    expect(desk.events.filter((event) => event.event === 'event:journal-problem')).toEqual([{ event: 'event:journal-problem', payload: { at: expect.any(String), action: 'issued' } }]);
  });
});

describe("the tenant's passes", () => {
  it("merges Entra's audit log with the desk journal, shows another desk's pass and marks admins", async () => {
    await issue(demoPeople.inScope.id);
    emulator.control.issuePassElsewhere(demoPeople.authAdmin.id, { isUsableOnce: true });
    const { events, auditLog, truncated } = await desk.value('journal:tenant', week());
    expect(auditLog).toBe('read');
    expect(truncated).toBe(false);
    const lena = events.find((event) => event.person.id === demoPeople.inScope.id && event.kind === 'issued');
    expect(lena).toMatchObject({ sources: ['desk', 'entra'], privileged: false, initiatedBy: { userPrincipalName: demoTechnicians.privAuth.userPrincipalName } });
    const elsewhere = events.find((event) => event.person.id === demoPeople.authAdmin.id && event.kind === 'issued');
    expect(elsewhere).toMatchObject({ sources: ['entra'], privileged: true, desk: null });
    expect(await desk.value('journal:tenant', { ...week(), person: 'rafael' })).toMatchObject({ events: [expect.objectContaining({ person: expect.objectContaining({ id: demoPeople.authAdmin.id }) })] });
  });

  it('without a reader role, still shows the desk journal and says which role is missing', async () => {
    desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.auth);
    await issue(demoPeople.inScope.id);
    const { events, auditLog } = await desk.value('journal:tenant', week());
    expect(auditLog).toBe('role_required');
    expect(events.map((event) => event.sources)).toEqual([['desk']]);
  });

  it('asks for AuditLog.Read.All only when the view needs it, and reads the log once it is granted', async () => {
    const withoutAuditLog = ['User.Read', 'User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All', 'Policy.Read.AuthenticationMethod', 'RoleManagement.Read.Directory'];
    emulator.control.setConsent(withoutAuditLog);
    desk = await deskServices(emulator);
    // A Global Administrator may grant what the tenant has not consented to.
    await desk.signIn(demoTechnicians.global);
    await issue(demoPeople.inScope.id);
    const before = await desk.value('journal:tenant', week());
    expect(before.auditLog).toBe('consent_required');
    expect(before.events.map((event) => event.sources)).toEqual([['desk']]);

    const browser = desk.credentials(demoTechnicians.global.userPrincipalName, demoTechnicians.global.password);
    await desk.value('journal:consent');
    expect((await browser).consent?.permissions.join(' ')).toMatch(/audit/i);
    const after = await desk.value('journal:tenant', week());
    expect(after.auditLog).toBe('read');
    expect(after.events.map((event) => event.sources)).toEqual([['desk', 'entra']]);
  });

  it('refuses a range longer than a month', async () => {
    const result = await desk.call('journal:tenant', { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('exports the merged view as CSV that reads back', async () => {
    await issue(demoPeople.inScope.id);
    const saved = await desk.value('journal:export', { ...week(), scope: 'tenant' });
    expect(saved.savedTo).toMatch(/\.csv$/);
    const [name, text] = [...desk.platform.savedFiles].at(-1)!;
    expect(name).toMatch(/^TAP Desk tenant passes \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(saved.rows);
    expect(rows[0]).toMatchObject({ event: 'issued', person_upn: demoPeople.inScope.userPrincipalName, sources: 'desk+entra', desk_action: 'issued', one_time: 'yes' });
  });
});
