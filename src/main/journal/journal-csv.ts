import Papa from 'papaparse';
import type { JournalRecord, TenantPassEvent } from '../../shared';

const flag = (value: boolean | null | undefined) => (value === null || value === undefined ? '' : value ? 'yes' : 'no');

/**
 * Column names are stable identifiers, not words for a screen: the file is read by spreadsheets and SIEM imports
 * in any language. Cells that a spreadsheet would run as a formula (a name starting with "=") are escaped
 * (papaparse's escapeFormulae), since names come from the directory.
 */
const toCsv = (rows: Record<string, string | number>[], columns: string[]) => Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((column) => row[column] ?? '')) }, { escapeFormulae: true, newline: '\r\n' });

const deskColumns = [
  'time',
  'seq',
  'action',
  'act',
  'technician_upn',
  'technician_id',
  'person_name',
  'person_upn',
  'person_id',
  'pass_id',
  'replaced_pass_id',
  'lifetime_minutes',
  'one_time',
  'start',
  'error_code',
  'request_id',
  'outcome',
  'previous_pass',
  'recovered_from',
];

export const deskCsv = (records: readonly JournalRecord[]): string =>
  toCsv(
    records.map((record) => ({
      time: record.at,
      seq: record.seq,
      action: record.action,
      act: record.act,
      technician_upn: record.technician.userPrincipalName,
      technician_id: record.technician.id,
      person_name: record.person.displayName,
      person_upn: record.person.userPrincipalName,
      person_id: record.person.id,
      pass_id: record.passId ?? '',
      replaced_pass_id: record.replacedPassId ?? '',
      lifetime_minutes: record.options?.lifetimeInMinutes ?? '',
      one_time: flag(record.options?.isUsableOnce),
      start: record.options?.startDateTime ?? '',
      error_code: record.error?.code ?? '',
      request_id: record.error?.requestId ?? '',
      outcome: record.reconciliation?.passState?.outcome ?? '',
      previous_pass: record.reconciliation?.passState?.previousPass ?? '',
      recovered_from: record.reconciliation?.recoveredFrom ?? '',
    })),
    deskColumns,
  );

const tenantColumns = ['time', 'event', 'person_name', 'person_upn', 'person_id', 'by_name', 'by_upn', 'by_id', 'by_app', 'sources', 'privileged', 'desk_action', 'lifetime_minutes', 'one_time', 'start'];

export const tenantCsv = (events: readonly TenantPassEvent[]): string =>
  toCsv(
    events.map((event) => ({
      time: event.at,
      event: event.kind,
      person_name: event.person.displayName,
      person_upn: event.person.userPrincipalName,
      person_id: event.person.id,
      by_name: event.initiatedBy.displayName ?? '',
      by_upn: event.initiatedBy.userPrincipalName ?? '',
      by_id: event.initiatedBy.id ?? '',
      by_app: event.initiatedBy.app ?? '',
      sources: event.sources.join('+'),
      privileged: flag(event.privileged),
      desk_action: event.desk?.action ?? '',
      lifetime_minutes: event.desk?.options?.lifetimeInMinutes ?? '',
      one_time: flag(event.desk?.options?.isUsableOnce),
      start: event.desk?.options?.startDateTime ?? '',
    })),
    tenantColumns,
  );
