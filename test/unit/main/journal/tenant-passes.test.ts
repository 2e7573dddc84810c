import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toPassEvent } from '../../../../src/main/journal/entra-pass-events';
import { deskCsv, tenantCsv } from '../../../../src/main/journal/journal-csv';
import { deskPassEvents, filterPassEvents, mergePassEvents } from '../../../../src/main/journal/tenant-passes';
import type { JournalRecord } from '../../../../src/shared';

const technician = { id: 'aaaaaaaa-0000-4000-8000-000000000001', userPrincipalName: 'pia@contoso.example' };
const lena = { id: 'bbbbbbbb-0000-4000-8000-000000000002', userPrincipalName: 'lena@contoso.example', displayName: 'Lena Fischer' };

const record = (seq: number, at: string, overrides: Partial<JournalRecord> = {}): JournalRecord => ({
  seq,
  at,
  technician,
  person: lena,
  action: 'issued',
  act: 'create',
  passId: `pass-${seq}`,
  replacedPassId: null,
  options: { lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: null },
  error: null,
  reconciliation: null,
  methodIdsBefore: null,
  ...overrides,
});

/** The directoryAudit shape: https://learn.microsoft.com/graph/api/resources/directoryaudit */
const audit = (id: string, at: string, overrides: Record<string, unknown> = {}) => ({
  id,
  category: 'UserManagement',
  activityDateTime: at,
  activityDisplayName: 'Admin registered security info',
  loggedByService: 'Authentication Methods',
  operationType: 'Add',
  result: 'success',
  resultReason: 'Admin registered temporary access pass method for user',
  initiatedBy: { user: { id: technician.id, displayName: 'Pia Admin', userPrincipalName: technician.userPrincipalName, ipAddress: '' }, app: null },
  targetResources: [{ id: lena.id, displayName: lena.displayName, type: 'User', userPrincipalName: lena.userPrincipalName, modifiedProperties: [] }],
  additionalDetails: [],
  ...overrides,
});

describe('pass events from the directory audit log', () => {
  it('reads an issue and a deletion with person and initiator', () => {
    expect(toPassEvent(audit('e1', '2026-12-01T09:00:00Z'))).toMatchObject({
      key: 'entra:e1',
      kind: 'issued',
      person: lena,
      initiatedBy: { id: technician.id, displayName: 'Pia Admin', app: null },
      sources: ['entra'],
    });
    const deleted = audit('e2', '2026-12-01T09:05:00Z', { activityDisplayName: 'Admin deleted security info', resultReason: 'Admin deleted temporary access pass method for user' });
    expect(toPassEvent(deleted)?.kind).toBe('deleted');
  });

  it('names the app when automation issued the pass', () => {
    const byApp = audit('e3', '2026-12-01T09:00:00Z', { initiatedBy: { user: null, app: { appId: 'x', displayName: 'Onboarding runbook' } } });
    expect(toPassEvent(byApp)?.initiatedBy).toEqual({ id: null, userPrincipalName: null, displayName: null, app: 'Onboarding runbook' });
  });

  it('leaves other methods and events without a target out', () => {
    expect(toPassEvent(audit('e4', '2026-12-01T09:00:00Z', { resultReason: 'Admin registered phone method for user' }))).toBeNull();
    expect(toPassEvent(audit('e5', '2026-12-01T09:00:00Z', { targetResources: [] }))).toBeNull();
    expect(toPassEvent(audit('e6', '2026-12-01T09:00:00Z', { result: 'failure' }))).toBeNull();
  });
});

describe('merging the desk journal with Entra', () => {
  const desk = deskPassEvents([
    record(1, '2026-12-01T09:00:02.000Z'),
    record(2, '2026-12-01T09:10:00.000Z', { action: 'notice_sent', act: 'notice' }),
    record(3, '2026-12-01T11:00:00.000Z', { action: 'revoked', act: 'revoke', passId: 'pass-1' }),
  ]);

  it('keeps only passes issued and revoked from the desk', () => {
    expect(desk.map((event) => [event.key, event.kind])).toEqual([
      ['desk:1', 'issued'],
      ['desk:3', 'deleted'],
    ]);
  });

  it('makes one row of the same act seen by both, and keeps the rest apart, newest first', () => {
    const entra = [
      toPassEvent(audit('e1', '2026-12-01T09:00:00Z'))!,
      // Another desk: same person, another technician.
      toPassEvent(audit('e2', '2026-12-01T10:00:00Z', { initiatedBy: { user: { id: 'other', displayName: 'Max', userPrincipalName: 'max@contoso.example' } } }))!,
    ];
    const merged = mergePassEvents(desk, entra);
    expect(merged.map((event) => [event.key, event.sources])).toEqual([
      ['desk:3', ['desk']],
      ['entra:e2', ['entra']],
      ['entra:e1', ['desk', 'entra']],
    ]);
    expect(merged[2]?.desk?.seq).toBe(1);
  });

  it('does not join acts further apart than the window, or of another kind', () => {
    const late = toPassEvent(audit('e9', '2026-12-01T09:30:00Z'))!;
    expect(mergePassEvents(desk, [late]).find((event) => event.key === 'entra:e9')?.sources).toEqual(['entra']);
  });

  it('filters by person and by technician or app, ignoring case', () => {
    const entra = [toPassEvent(audit('e1', '2026-12-01T09:00:00Z'))!];
    const merged = mergePassEvents(desk, entra);
    expect(filterPassEvents(merged, { person: 'FISCHER' })).toHaveLength(2);
    expect(filterPassEvents(merged, { technician: 'pia admin' }).map((event) => event.key)).toEqual(['entra:e1']);
    expect(filterPassEvents(merged, { person: 'nobody' })).toEqual([]);
  });
});

describe('CSV export', () => {
  it('writes the desk journal with stable columns that read back', () => {
    const csv = deskCsv([record(1, '2026-12-01T09:00:02.000Z', { error: { code: 'throttled', requestId: 'req-1' } })]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ time: '2026-12-01T09:00:02.000Z', action: 'issued', person_upn: lena.userPrincipalName, lifetime_minutes: '60', one_time: 'yes', error_code: 'throttled', request_id: 'req-1' });
  });

  it('escapes a name a spreadsheet would run as a formula', () => {
    const csv = tenantCsv([{ ...toPassEvent(audit('e1', '2026-12-01T09:00:00Z'))!, person: { ...lena, displayName: '=HYPERLINK("x")' } }]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row?.person_name).toBe(`'=HYPERLINK("x")`);
    expect(row?.sources).toBe('entra');
  });
});
