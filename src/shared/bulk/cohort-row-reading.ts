import { cohortKeyFields, type CohortField, type CohortKeyField } from './cohort-columns';
import type { CohortMapping } from './cohort-mapping';
import { shownValue, type CohortProblem, type CohortProblemEffect } from './cohort-problems';
import type { CohortRow, CohortRowOptions } from './cohort-rows';
import { localTimeZoneOffset, readStart, slashOrderOf, type SlashDateOrder, type TimeZoneOffset } from './cohort-start';
import type { CohortRecord, CohortTable } from './cohort-table';
import { readFlag, readLanguage, readLifetime, type CellReading } from './cohort-values';

export interface CohortRowsOptions {
  /** How slash dates read where their column does not show it: the technician's regional format, if known. */
  slashDateOrder?: SlashDateOrder;
  /** The technician's time zone, in which a day or a time without offset is read; the machine's by default. */
  timeZoneOffsetMinutes?: TimeZoneOffset;
}

export interface CohortRowsReading {
  /** Rows ready for `bulk:check`, in the list's order; none when a problem stops the whole list. */
  rows: CohortRow[];
  /** The table's problems and the rows', by line. */
  problems: CohortProblem[];
}

type OptionField = Exclude<CohortField, CohortKeyField>;

/**
 * An unreadable lifetime, start or one-time mark leaves its row out: the batch's choice in its place could give
 * the person a pass that lasts longer, starts sooner or works more often than the list said. A language or a
 * notice choice only changes the wording or who is told, so the row keeps the batch's.
 */
const effectOfBadOption: Record<OptionField, CohortProblemEffect> = {
  lifetimeInMinutes: 'row',
  startDateTime: 'row',
  isUsableOnce: 'row',
  language: 'option',
  notifyManager: 'option',
};

const optionFields = Object.keys(effectOfBadOption) as OptionField[];

/** Entra keeps at most 16 characters of an employee id (https://learn.microsoft.com/graph/api/resources/user#properties). */
const maxEmployeeIdLength = 16;
const maxKeyLength = 256;

const isBadKey = (field: CohortKeyField, key: string): boolean =>
  field === 'employeeId' ? key.length > maxEmployeeIdLength : key.length > maxKeyLength || !/^[^\s@]+@[^\s@]+$/.test(key);

/**
 * Keys compare without case for addresses. The directory's own matching is not documented for case; a person
 * named twice in different spellings or by different kinds of key is still found by the check (`duplicate`).
 */
const comparableKey = (field: CohortKeyField, key: string): string => `${field}:${field === 'employeeId' ? key : key.toLowerCase()}`;

interface Cell<F extends CohortField = CohortField> {
  column: number;
  field: F;
  text: string;
}

const columnsFor = (mapping: CohortMapping, field: CohortField): number[] =>
  mapping.flatMap((target, column) => (target === field ? [column] : []));

/** The first non-empty cell among the columns, in the order given. */
const firstCell = <F extends CohortField>(record: CohortRecord, columns: readonly { column: number; field: F }[]): Cell<F> | null => {
  for (const { column, field } of columns) {
    const text = record.cells[column] ?? '';
    if (text !== '') return { column, field, text };
  }
  return null;
};

const cellProblem = (line: number, cell: Cell, code: CohortProblem['code'], effect: CohortProblemEffect): CohortProblem => ({
  line,
  code,
  effect,
  column: cell.column,
  field: cell.field,
  value: shownValue(cell.text),
});

type OptionReader = (cell: Cell) => CellReading<CohortRowOptions[OptionField]>;

/** Each option's reader; the start's needs its column's slash order, worked out once per column. */
const optionReaders = (table: CohortTable, mapping: CohortMapping, options: CohortRowsOptions): Record<OptionField, OptionReader> => {
  const offsetOf = options.timeZoneOffsetMinutes ?? localTimeZoneOffset;
  const slashOrders = new Map(
    columnsFor(mapping, 'startDateTime').map((column) => {
      const cells = table.records.map((record) => record.cells[column] ?? '');
      return [column, slashOrderOf(cells, options.slashDateOrder ?? null)] as const;
    }),
  );
  return {
    lifetimeInMinutes: (cell) => readLifetime(cell.text),
    startDateTime: (cell) => readStart(cell.text, { slashOrder: slashOrders.get(cell.column) ?? null, offsetOf }),
    isUsableOnce: (cell) => readFlag(cell.text),
    language: (cell) => readLanguage(cell.text),
    notifyManager: (cell) => readFlag(cell.text),
  };
};

const noKeyColumn = (table: CohortTable, mapping: CohortMapping): CohortProblem[] =>
  cohortKeyFields.some((field) => mapping.includes(field))
    ? []
    : [{ line: table.header?.line ?? table.records[0]?.line ?? 1, code: 'no_key_column', effect: 'list' }];

const byLine = (a: CohortProblem, b: CohortProblem): number => a.line - b.line;

/**
 * The rows of a mapped table: each keyed by the first non-empty of its sign-in name, mail and employee id cells,
 * with the options its own columns give. Where several columns map to one option, the first non-empty one
 * counts. Never throws: what cannot be read is in `problems`, each with what it costs.
 */
export const cohortRowsFrom = (table: CohortTable, mapping: CohortMapping, options: CohortRowsOptions = {}): CohortRowsReading => {
  const problems = [...table.problems, ...noKeyColumn(table, mapping)];
  if (problems.some((problem) => problem.effect === 'list')) return { rows: [], problems: problems.sort(byLine) };

  const keyColumns = cohortKeyFields.flatMap((field) => columnsFor(mapping, field).map((column) => ({ column, field })));
  const optionColumns = new Map(optionFields.map((field) => [field, columnsFor(mapping, field).map((column) => ({ column, field }))]));
  const readers = optionReaders(table, mapping, options);
  const firstLines = new Map<string, number>();
  const rows: CohortRow[] = [];

  for (const record of table.records) {
    const { line } = record;
    const key = firstCell(record, keyColumns);
    if (!key) {
      problems.push({ line, code: 'no_key', effect: 'row' });
      continue;
    }
    if (isBadKey(key.field, key.text)) {
      problems.push(cellProblem(line, key, 'bad_key', 'row'));
      continue;
    }
    const comparable = comparableKey(key.field, key.text);
    const firstLine = firstLines.get(comparable);
    if (firstLine !== undefined) {
      problems.push({ ...cellProblem(line, key, 'duplicate_key', 'row'), firstLine });
      continue;
    }
    firstLines.set(comparable, line);

    const row: CohortRow = { line, key: key.text, keyKind: key.field };
    let leftOut = false;
    for (const field of optionFields) {
      const cell = firstCell(record, optionColumns.get(field) ?? []);
      if (!cell) continue;
      const reading = readers[field](cell);
      if ('value' in reading) {
        Object.assign(row, { [field]: reading.value });
        continue;
      }
      problems.push(cellProblem(line, cell, reading.problem, effectOfBadOption[field]));
      leftOut ||= effectOfBadOption[field] === 'row';
    }
    if (!leftOut) rows.push(row);
  }
  return { rows, problems: problems.sort(byLine) };
};
