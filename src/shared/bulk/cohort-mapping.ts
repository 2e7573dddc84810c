import { headerMeaning, type CohortColumnTarget, type CohortField } from './cohort-columns';
import type { CohortRecord, CohortTable } from './cohort-table';

/** What each column of a table holds, by the column's index; a column past the end is ignored. */
export type CohortMapping = readonly CohortColumnTarget[];

/** From a header, each target goes to the first column that names it; the rest are ignored. */
const mappingFromHeader = (header: CohortRecord, columnCount: number): CohortColumnTarget[] => {
  const taken = new Set<CohortField>();
  return Array.from({ length: columnCount }, (_, column) => {
    const target = headerMeaning(header.cells[column] ?? '');
    if (target === null || taken.has(target)) return 'ignore';
    taken.add(target);
    return target;
  });
};

/** Enough records to judge a column by, without walking a whole cohort. */
const sampleSize = 50;

const mostly = (records: readonly CohortRecord[], column: number, test: (cell: string) => boolean): boolean => {
  const cells = records.map((record) => record.cells[column] ?? '').filter((cell) => cell !== '');
  return cells.length > 0 && cells.filter(test).length * 2 > cells.length;
};

/**
 * Without a header (a pasted column of sign-in names, say): a column of addresses is the sign-in name (a second
 * one the mail), a column of digits the employee id; a stray bad cell does not change a column's meaning.
 */
const mappingFromContent = (records: readonly CohortRecord[], columnCount: number): CohortColumnTarget[] => {
  const sample = records.slice(0, sampleSize);
  const addresses: CohortField[] = ['userPrincipalName', 'mail'];
  const numbers: CohortField[] = ['employeeId'];
  return Array.from({ length: columnCount }, (_, column) => {
    if (mostly(sample, column, (cell) => cell.includes('@'))) return addresses.shift() ?? 'ignore';
    if (mostly(sample, column, (cell) => /^\d+$/.test(cell))) return numbers.shift() ?? 'ignore';
    return 'ignore';
  });
};

/** The mapping the preview starts from; the technician may change any column of it. */
export const suggestCohortMapping = (table: CohortTable): CohortColumnTarget[] =>
  table.header ? mappingFromHeader(table.header, table.columnCount) : mappingFromContent(table.records, table.columnCount);
