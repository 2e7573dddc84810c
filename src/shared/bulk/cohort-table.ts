import Papa from 'papaparse';
import { headerMeaning } from './cohort-columns';
import type { CohortProblem, CohortProblemCode } from './cohort-problems';
import { MAX_COHORT_ROWS } from './cohort-rows';

/**
 * The separators a cohort list may use: `,` (Excel in English), `;` (Excel where the comma is the decimal sign,
 * as in German and French: https://www.mail-archive.com/dev@sc.openoffice.org/msg01565.html), tab (a paste
 * from Excel or Google Sheets) and `|`.
 */
export const cohortDelimiters = [',', ';', '\t', '|'] as const;
export type CohortDelimiter = (typeof cohortDelimiters)[number];

/** One record of the list, its cells trimmed and trailing empty cells dropped. */
export interface CohortRecord {
  /** The line in the source where the record starts (1-based; a line break inside quotes starts a new line). */
  line: number;
  cells: string[];
}

export interface CohortTable {
  delimiter: CohortDelimiter;
  header: CohortRecord | null;
  /** Every data record, also beyond a cohort's worth (that is a problem, not a cut). */
  records: CohortRecord[];
  /** The widest record's width, header included. */
  columnCount: number;
  problems: CohortProblem[];
}

export interface CohortTableOptions {
  /** Whether the first record is a header; by default, when any of its cells names a known column. */
  header?: boolean;
}

const isDelimiter = (candidate: string): candidate is CohortDelimiter => (cohortDelimiters as readonly string[]).includes(candidate);

/** Blank lines would make papaparse's guess see one-column rows, so they are left out of it. */
const guessDelimiter = (text: string): CohortDelimiter => {
  const { meta } = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy', delimitersToGuess: [...cohortDelimiters] });
  return isDelimiter(meta.delimiter) ? meta.delimiter : ',';
};

/** The line of each offset asked for, in increasing order; CRLF, LF and a lone CR each end a line. */
const lineCounter = (text: string): ((offset: number) => number) => {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position += 1) {
      const unit = text.charCodeAt(position);
      if (unit === 10 || (unit === 13 && text.charCodeAt(position + 1) !== 10)) line += 1;
    }
    return line;
  };
};

const withoutTrailingEmpties = (cells: string[]): string[] => {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
};

const quoteProblem = (errors: Papa.ParseError[]): CohortProblemCode | null => {
  if (errors.some((error) => error.code === 'MissingQuotes')) return 'unclosed_quote';
  return errors.some((error) => error.code === 'InvalidQuotes') ? 'malformed_quote' : null;
};

interface ReadRecords {
  records: CohortRecord[];
  problems: CohortProblem[];
}

/**
 * Each record starts where the one before ended (papaparse's cursor); blank records are parsed rather than
 * skipped so that this stays true, and are dropped here.
 */
const readRecords = (text: string, delimiter: CohortDelimiter): ReadRecords => {
  const lineAt = lineCounter(text);
  const records: CohortRecord[] = [];
  const problems: CohortProblem[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: ({ data, errors, meta }) => {
      const from = start;
      start = meta.cursor;
      const line = lineAt(from);
      const quote = quoteProblem(errors);
      // A broken quote moves every cell boundary after it, up to where papaparse found the record's end: the
      // record is not read, only reported with the lines it took in.
      if (quote) problems.push({ line, code: quote, effect: 'row', throughLine: lineAt(Math.max(from, meta.cursor - 1)) });
      const cells = withoutTrailingEmpties(data.map((cell) => cell.trim()));
      if (!quote && cells.length > 0) records.push({ line, cells });
    },
  });
  return { records, problems };
};

const namesColumns = (record: CohortRecord): boolean => record.cells.some((cell) => headerMeaning(cell) !== null);

/** The list's size and emptiness, which stop it as a whole. */
const listProblems = (header: CohortRecord | null, records: CohortRecord[]): CohortProblem[] => {
  if (records.length === 0) return [{ line: header?.line ?? 1, code: 'no_rows', effect: 'list' }];
  const firstTooMany = records[MAX_COHORT_ROWS];
  return firstTooMany ? [{ line: firstTooMany.line, code: 'too_many_rows', effect: 'list', count: records.length }] : [];
};

/**
 * Reads a cohort list (a decoded file or a paste) into records with their source lines. Never throws: what is
 * wrong with the text is in `problems`.
 */
export const readCohortTable = (source: string, options: CohortTableOptions = {}): CohortTable => {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const delimiter = guessDelimiter(text);
  const read = readRecords(text, delimiter);
  const first = read.records[0];
  const header = first && (options.header ?? namesColumns(first)) ? first : null;
  const records = header ? read.records.slice(1) : read.records;
  const columnCount = read.records.reduce((widest, record) => Math.max(widest, record.cells.length), 0);
  return { delimiter, header, records, columnCount, problems: [...read.problems, ...listProblems(header, records)] };
};
