import { describe, expect, it } from 'vitest';
import { MAX_COHORT_ROWS, readCohortTable } from '../../../../src/shared/bulk';

const lines = (table: ReturnType<typeof readCohortTable>): number[] => table.records.map((record) => record.line);

describe('reading the separator', () => {
  it.each([
    [',', 'userPrincipalName,lifetime\na@contoso.example,480\nb@contoso.example,60\n'],
    [';', 'Anmeldename;Gültigkeit\na@contoso.example;480\nb@contoso.example;60\n'],
    ['\t', 'sign-in name\tlifetime\na@contoso.example\t480\nb@contoso.example\t60\n'],
    ['|', 'UPN|durée\na@contoso.example|480\nb@contoso.example|60\n'],
  ])('finds %j between the cells', (delimiter, text) => {
    const table = readCohortTable(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.header?.line).toBe(1);
    expect(table.records).toEqual([
      { line: 2, cells: ['a@contoso.example', '480'] },
      { line: 3, cells: ['b@contoso.example', '60'] },
    ]);
  });

  it('takes the semicolon of a German Excel file even when cells hold commas', () => {
    const table = readCohortTable('E-Mail;Name\na@contoso.example;"Müller, Lena"\nb@contoso.example;Weber, Jonas\n');
    expect(table.delimiter).toBe(';');
    expect(table.records.map((record) => record.cells[1])).toEqual(['Müller, Lena', 'Weber, Jonas']);
  });
});

describe('a paste from Excel', () => {
  const paste = 'UPN\tNotiz\tSprache\t\r\na@contoso.example\t"erste Zeile\r\nzweite Zeile"\tde\t\r\nb@contoso.example\t\tfr\t\r\n';

  it('reads tab-separated CRLF rows, a quoted cell with a line break and the trailing tab', () => {
    const table = readCohortTable(paste);
    expect(table.delimiter).toBe('\t');
    expect(table.header).toEqual({ line: 1, cells: ['UPN', 'Notiz', 'Sprache'] });
    expect(table.records).toEqual([
      { line: 2, cells: ['a@contoso.example', 'erste Zeile\r\nzweite Zeile', 'de'] },
      { line: 4, cells: ['b@contoso.example', '', 'fr'] },
    ]);
    expect(table.columnCount).toBe(3);
    expect(table.problems).toEqual([]);
  });

  it('counts a line feed inside quotes as a line even where rows end with CRLF, as Excel writes them', () => {
    const table = readCohortTable('UPN,Note\r\na@contoso.example,"one\ntwo\nthree"\r\nb@contoso.example,x\r\n');
    expect(lines(table)).toEqual([2, 5]);
  });

  it('counts lone carriage returns as line ends', () => {
    expect(lines(readCohortTable('UPN\ra@contoso.example\r\rb@contoso.example\r'))).toEqual([2, 4]);
  });
});

describe('records', () => {
  it('skips blank lines and lines of separators only, keeping the source line of the rest', () => {
    const table = readCohortTable('mail;language\n\na@contoso.example;de\n;;\n   \nb@contoso.example;en\n\n');
    expect(lines(table)).toEqual([3, 6]);
  });

  it('trims cells and drops trailing empty columns, so a row may be shorter than the widest', () => {
    const table = readCohortTable('mail,language,,\n a@contoso.example , de ,,\nb@contoso.example,,,\n');
    expect(table.header?.cells).toEqual(['mail', 'language']);
    expect(table.records.map((record) => record.cells)).toEqual([['a@contoso.example', 'de'], ['b@contoso.example']]);
    expect(table.columnCount).toBe(2);
  });

  it('drops a byte order mark left at the start of a paste', () => {
    expect(readCohortTable('\uFEFFUPN\na@contoso.example').header?.cells).toEqual(['UPN']);
  });
});

describe('whether the first line is a header', () => {
  it('has none for a pasted column of sign-in names: every line is a record', () => {
    const table = readCohortTable('a@contoso.example\nb@contoso.example\nc@contoso.example');
    expect(table.header).toBeNull();
    expect(lines(table)).toEqual([1, 2, 3]);
  });

  it('has one when any cell of the first line names a known column, whatever the other cells say', () => {
    expect(readCohortTable('Nom,Prénom,courriel\nMartin,Léa,lea@contoso.example').header?.line).toBe(1);
  });

  it('follows the caller when told', () => {
    expect(readCohortTable('Name,Abteilung\nLena,IT', { header: true }).records).toEqual([{ line: 2, cells: ['Lena', 'IT'] }]);
    expect(readCohortTable('mail\na@contoso.example', { header: false }).records.map((record) => record.line)).toEqual([1, 2]);
  });
});

describe('problems of the text', () => {
  it('reports an unclosed quote on the line it opens, after a quoted line break, through the last line it swallowed', () => {
    const table = readCohortTable('UPN,Note\na@contoso.example,"two\nlines"\nb@contoso.example,"never closed\nc@contoso.example,x\n');
    expect(lines(table)).toEqual([2]);
    expect(table.problems).toEqual([{ line: 4, code: 'unclosed_quote', effect: 'row', throughLine: 5 }]);
  });

  it('reports text after a closing quote with the lines the record took in, and reads the records after them', () => {
    const table = readCohortTable('UPN,Note\n"a@contoso.example"x,1\n"b@contoso.example",2\nc@contoso.example,3\n');
    expect(table.problems).toEqual([{ line: 2, code: 'malformed_quote', effect: 'row', throughLine: 3 }]);
    expect(table.records).toEqual([{ line: 4, cells: ['c@contoso.example', '3'] }]);
  });

  it('reports an empty list', () => {
    expect(readCohortTable('').problems).toEqual([{ line: 1, code: 'no_rows', effect: 'list' }]);
    expect(readCohortTable('UPN;Sprache\n\n').problems).toEqual([{ line: 1, code: 'no_rows', effect: 'list' }]);
  });

  it(`keeps ${MAX_COHORT_ROWS} data rows without a problem`, () => {
    const text = ['UPN', ...Array.from({ length: MAX_COHORT_ROWS }, (_, index) => `p${index}@contoso.example`)].join('\n');
    const table = readCohortTable(text);
    expect(table.records).toHaveLength(MAX_COHORT_ROWS);
    expect(table.problems).toEqual([]);
  });

  it(`reports ${MAX_COHORT_ROWS + 1} rows as too many, with the count and the first line past the limit, and cuts nothing`, () => {
    const text = ['UPN', '', ...Array.from({ length: MAX_COHORT_ROWS + 1 }, (_, index) => `p${index}@contoso.example`)].join('\n');
    const table = readCohortTable(text);
    expect(table.records).toHaveLength(MAX_COHORT_ROWS + 1);
    expect(table.records.at(-1)).toEqual({ line: MAX_COHORT_ROWS + 3, cells: [`p${MAX_COHORT_ROWS}@contoso.example`] });
    expect(table.problems).toEqual([{ line: MAX_COHORT_ROWS + 3, code: 'too_many_rows', effect: 'list', count: MAX_COHORT_ROWS + 1 }]);
  });
});
