import type { DeskPassStatus, JournalPerson, JournalRecord, TenantPassEvent } from '../../../src/shared';

export const adelePerson: JournalPerson = { id: 'adele', userPrincipalName: 'adele@contoso.com', displayName: 'Adele Vance' };
export const alexPerson: JournalPerson = { id: 'alex', userPrincipalName: 'alex@contoso.com', displayName: 'Alex Wilber' };
export const meganPerson: JournalPerson = { id: 'megan', userPrincipalName: 'megan@contoso.com', displayName: 'Megan Bowen' };

/** A moment today, local time, so the panel's "today" holds it whatever the machine's zone. */
export const today = (hours: number, minutes = 0): string => {
  const date = new Date();
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
};

export const record = (seq: number, extra: Partial<JournalRecord> = {}): JournalRecord => ({
  seq,
  at: today(9, seq),
  technician: { id: 'tech-1', userPrincipalName: 'tess@contoso.com' },
  person: adelePerson,
  action: 'issued',
  act: 'create',
  passId: `pass-${seq}`,
  replacedPassId: null,
  options: { lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: null },
  error: null,
  reconciliation: null,
  methodIdsBefore: [],
  ...extra,
});

export const status = (passId: string, userId: string, phase: DeskPassStatus['phase'], extra: Partial<DeskPassStatus> = {}): DeskPassStatus => ({
  userId,
  passId,
  phase,
  newMethods: [],
  expiresAt: null,
  ...extra,
});

export const tenantEvent = (key: string, extra: Partial<TenantPassEvent> = {}): TenantPassEvent => ({
  key,
  at: '2030-05-02T10:00:00Z',
  kind: 'issued',
  person: adelePerson,
  initiatedBy: { id: 'tech-1', userPrincipalName: 'tess@contoso.com', displayName: 'Tess Technician', app: null },
  sources: ['entra'],
  privileged: false,
  desk: null,
  ...extra,
});
