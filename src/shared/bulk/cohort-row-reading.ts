import { cohortKeyFields, type CohortField, type CohortKeyField } from './cohort-columns';
import type { CohortMapping } from './cohort-mapping';
import type { CohortProblem, CohortProblemEffect } from './cohort-problems';
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

/** A cell in a problem is cut to what a screen can show: a broken quote can make one cell of a whole file. */
const shownLength = 200;

const cellProblem = (line: number, cell: Cell, code: CohortProblem['code'], effect: CohortProblemEffect): CohortProblem => ({
  line,
  code,
  effect,
  column: cell.column,
  field: cell.field,
  value: cell.text.slice(0, shownLength),
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

type KeyColumns = readonly { column: number; field: CohortKeyField }[];

/** A record's key, or why it has none it can use; the first record to name a key keeps it. */
const keyJudge = (keyColumns: KeyColumns): ((record: CohortRecord) => Cell<CohortKeyField> | CohortProblem) => {
  const firstLines = new Map<string, number>();
  return (record) => {
    const { line } = record;
    const key = firstCell(record, keyColumns);
    if (!key) return { line, code: 'no_key', effect: 'row' };
    if (isBadKey(key.field, key.text)) return cellProblem(line, key, 'bad_key', 'row');
    const comparable = comparableKey(key.field, key.text);
    const firstLine = firstLines.get(comparable);
    if (firstLine !== undefined) return { ...cellProblem(line, key, 'duplicate_key', 'row'), firstLine };
    firstLines.set(comparable, line);
    return key;
  };
};

interface RecordOptions {
  options: CohortRowOptions;
  problems: CohortProblem[];
}

const optionsOf = (record: CohortRecord, columns: Map<OptionField, number[]>, readers: Record<OptionField, OptionReader>): RecordOptions => {
  const read: RecordOptions = { options: {}, problems: [] };
  for (const field of optionFields) {
    const cell = firstCell(record, (columns.get(field) ?? []).map((column) => ({ column, field })));
    if (!cell) continue;
    const reading = readers[field](cell);
    if ('value' in reading) Object.assign(read.options, { [field]: reading.value });
    else read.problems.push(cellProblem(record.line, cell, reading.problem, effectOfBadOption[field]));
  }
  return read;
};

const byLine = (a: CohortProblem, b: CohortProblem): number => a.line - b.line;

/**
 * The rows of a mapped table: each keyed by the first non-empty of its sign-in name, mail and employee id cells,
 * with the options its own columns give. Where several columns map to one option, the first non-empty one
 * counts. Never throws: what cannot be read is in `problems`, each with what it costs.
 */
export const cohortRowsFrom = (table: CohortTable, mapping: CohortMapping, options: CohortRowsOptions = {}): CohortRowsReading => {
  const problems = [...table.problems, ...noKeyColumn(table, mapping)];
  if (problems.some((problem) => problem.effect === 'list')) return { rows: [], problems: problems.sort(byLine) };

  const keyOf = keyJudge(cohortKeyFields.flatMap((field) => columnsFor(mapping, field).map((column) => ({ column, field }))));
  const optionColumns = new Map(optionFields.map((field) => [field, columnsFor(mapping, field)]));
  const readers = optionReaders(table, mapping, options);
  const rows: CohortRow[] = [];
  for (const record of table.records) {
    const key = keyOf(record);
    if ('code' in key) {
      problems.push(key);
      continue;
    }
    const read = optionsOf(record, optionColumns, readers);
    problems.push(...read.problems);
    if (read.problems.every((problem) => problem.effect !== 'row')) rows.push({ line: record.line, key: key.text, keyKind: key.field, ...read.options });
  }
  return { rows, problems: problems.sort(byLine) };
};
