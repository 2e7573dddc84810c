import { describe, expect, it } from 'vitest';
import {
  cohortRowsFrom,
  cohortRowsSchema,
  decodeCohortText,
  MAX_COHORT_ROWS,
  readCohortTable,
  suggestCohortMapping,
  type CohortMapping,
  type CohortRowsOptions,
  type TimeZoneOffset,
} from '../../../../src/shared/bulk';

const paris: TimeZoneOffset = () => 60;

const read = (text: string, options: CohortRowsOptions = {}, mapping?: CohortMapping) => {
  const table = readCohortTable(text);
  return cohortRowsFrom(table, mapping ?? suggestCohortMapping(table), { timeZoneOffsetMinutes: paris, ...options });
};

const codes = (reading: ReturnType<typeof read>): [number, string][] => reading.problems.map((problem) => [problem.line, problem.code]);

describe('the key of each row', () => {
  it('is the first non-empty of the sign-in name, mail and employee id cells, with its kind', () => {
    const { rows, problems } = read('Personalnummer;E-Mail;UPN\n4711;lena@mail.example;lena@contoso.example\n4712;jonas@mail.example;\n4713;;\n');
    expect(rows).toEqual([
      { line: 2, key: 'lena@contoso.example', keyKind: 'userPrincipalName' },
      { line: 3, key: 'jonas@mail.example', keyKind: 'mail' },
      { line: 4, key: '4713', keyKind: 'employeeId' },
    ]);
    expect(problems).toEqual([]);
  });

  it('leaves out a row without a key and says so by line', () => {
    const reading = read('UPN,Language\na@contoso.example,de\n,fr\n\nb@contoso.example,en\n');
    expect(reading.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(reading.problems).toEqual([{ line: 3, code: 'no_key', effect: 'row' }]);
  });

  it('leaves out a sign-in name that is no address, and an employee id longer than Entra keeps (https://learn.microsoft.com/graph/api/resources/user#properties)', () => {
    const reading = read('UPN,employeeId\nlena.mueller,\nlena mueller@contoso.example,\n,12345678901234567\n,1234567890123456\n');
    expect(reading.rows).toEqual([{ line: 5, key: '1234567890123456', keyKind: 'employeeId' }]);
    expect(reading.problems).toEqual([
      { line: 2, code: 'bad_key', effect: 'row', column: 0, field: 'userPrincipalName', value: 'lena.mueller' },
      { line: 3, code: 'bad_key', effect: 'row', column: 0, field: 'userPrincipalName', value: 'lena mueller@contoso.example' },
      { line: 4, code: 'bad_key', effect: 'row', column: 1, field: 'employeeId', value: '12345678901234567' },
    ]);
  });

  it('keeps the first of a key named twice, whatever its case, and names both lines', () => {
    const reading = read('UPN,Lifetime\nLena@Contoso.example,60\nb@contoso.example,60\nlena@contoso.example,120\n');
    expect(reading.rows.map((row) => [row.line, row.lifetimeInMinutes])).toEqual([[2, 60], [3, 60]]);
    expect(reading.problems).toEqual([
      { line: 4, code: 'duplicate_key', effect: 'row', column: 0, field: 'userPrincipalName', value: 'lena@contoso.example', firstLine: 2 },
    ]);
  });
});

describe('the options of each row', () => {
  it('reads every option from its column', () => {
    const { rows } = read(
      'UPN;Gültigkeit;Beginn;einmalig;Sprache;Vorgesetzten benachrichtigen\n' +
        'a@contoso.example;8h;07.12.2026;ja;de-de;nein\n' +
        'b@contoso.example;;;;;\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        key: 'a@contoso.example',
        keyKind: 'userPrincipalName',
        lifetimeInMinutes: 480,
        startDateTime: '2026-12-07T00:00:00+01:00',
        isUsableOnce: true,
        language: 'de-DE',
        notifyManager: false,
      },
      { line: 3, key: 'b@contoso.example', keyKind: 'userPrincipalName' },
    ]);
    expect(cohortRowsSchema.safeParse(rows).success).toBe(true);
  });

  it('leaves out a row whose lifetime, start or one-time mark cannot be read, and reports each', () => {
    const reading = read('UPN,Lifetime,Start,One-time\na@contoso.example,5,2026-02-30,maybe\nb@contoso.example,lots,,\nc@contoso.example,60,,no\n');
    expect(reading.rows.map((row) => row.line)).toEqual([4]);
    expect(reading.problems).toEqual([
      { line: 2, code: 'lifetime_out_of_range', effect: 'row', column: 1, field: 'lifetimeInMinutes', value: '5' },
      { line: 2, code: 'bad_start', effect: 'row', column: 2, field: 'startDateTime', value: '2026-02-30' },
      { line: 2, code: 'bad_boolean', effect: 'row', column: 3, field: 'isUsableOnce', value: 'maybe' },
      { line: 3, code: 'bad_lifetime', effect: 'row', column: 1, field: 'lifetimeInMinutes', value: 'lots' },
    ]);
  });

  it('keeps a row whose language or notice choice cannot be read, without that option', () => {
    const reading = read('UPN,Language,Notify manager\na@contoso.example,Deutsch,vielleicht\n');
    expect(reading.rows).toEqual([{ line: 2, key: 'a@contoso.example', keyKind: 'userPrincipalName' }]);
    expect(reading.problems).toEqual([
      { line: 2, code: 'bad_language', effect: 'option', column: 1, field: 'language', value: 'Deutsch' },
      { line: 2, code: 'bad_boolean', effect: 'option', column: 2, field: 'notifyManager', value: 'vielleicht' },
    ]);
  });

  it('takes the first non-empty of several columns mapped to one option', () => {
    const text = 'UPN,Start,Eintrittsdatum\na@contoso.example,2026-12-01,2026-12-07\nb@contoso.example,,2026-12-07\n';
    const { rows } = read(text, {}, ['userPrincipalName', 'startDateTime', 'startDateTime']);
    expect(rows.map((row) => row.startDateTime)).toEqual(['2026-12-01T00:00:00+01:00', '2026-12-07T00:00:00+01:00']);
  });

  it("follows the technician's mapping, not the header's", () => {
    const { rows } = read('UPN,Lifetime\na@contoso.example,lots\n', {}, ['userPrincipalName', 'ignore']);
    expect(rows).toEqual([{ line: 2, key: 'a@contoso.example', keyKind: 'userPrincipalName' }]);
  });

  it('cuts a long cell in a problem to what a screen can show', () => {
    const reading = read(`UPN,Language\na@contoso.example,${'x'.repeat(5000)}\n`);
    expect(reading.problems[0]?.value).toHaveLength(200);
  });
});

describe('slash dates in a column', () => {
  const list = 'UPN,Start\na@contoso.example,05/06/2026\nb@contoso.example,13/06/2026\n';

  it('read in the order the column shows, ambiguous cells included', () => {
    expect(read(list).rows.map((row) => row.startDateTime)).toEqual(['2026-06-05T00:00:00+01:00', '2026-06-13T00:00:00+01:00']);
  });

  it("read in the caller's order where the column shows none", () => {
    const { rows } = read('UPN,Start\na@contoso.example,05/06/2026\n', { slashDateOrder: 'month-first' });
    expect(rows.map((row) => row.startDateTime)).toEqual(['2026-05-06T00:00:00+01:00']);
  });

  it('are left out as ambiguous where nothing says the order', () => {
    const reading = read('UPN,Start\na@contoso.example,05/06/2026\nb@contoso.example,06/06/2026\n');
    expect(reading.rows.map((row) => row.line)).toEqual([3]);
    expect(codes(reading)).toEqual([[2, 'ambiguous_start']]);
  });
});

describe('problems of the whole list', () => {
  it('gives no rows when no column holds a key', () => {
    const reading = read('Name,Language\nLena,de\n');
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual([{ line: 1, code: 'no_key_column', effect: 'list' }]);
  });

  it(`gives no rows for ${MAX_COHORT_ROWS + 1} people, and says how many there were`, () => {
    const text = ['UPN', ...Array.from({ length: MAX_COHORT_ROWS + 1 }, (_, index) => `p${index}@contoso.example`)].join('\n');
    const reading = read(text);
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual([{ line: MAX_COHORT_ROWS + 2, code: 'too_many_rows', effect: 'list', count: MAX_COHORT_ROWS + 1 }]);
  });

  it(`gives ${MAX_COHORT_ROWS} rows that the contract takes`, () => {
    const text = ['UPN', ...Array.from({ length: MAX_COHORT_ROWS }, (_, index) => `p${index}@contoso.example`)].join('\n');
    const { rows } = read(text);
    expect(cohortRowsSchema.safeParse(rows).success).toBe(true);
    expect(rows.at(-1)?.line).toBe(MAX_COHORT_ROWS + 1);
  });

  it('reports the table’s own problems with the rows’, by line, counting quoted line breaks', () => {
    const reading = read('UPN,Note,Lifetime\n,"a quoted\nnote",60\nb@contoso.example,"two\r\nlines",lots\nc@contoso.example,"never closed\n');
    expect(codes(reading)).toEqual([[2, 'no_key'], [4, 'bad_lifetime'], [6, 'unclosed_quote']]);
  });
});

describe('from the bytes of a file to rows', () => {
  it('reads a German Excel "CSV" in windows-1252 with semicolons and umlauts', () => {
    const text = 'Name;Anmeldename;Gültigkeit (Minuten);Gültig ab\r\nJürgen Weiß;juergen@contoso.example;480;01.12.2026\r\nRené Müller;;60;\r\n';
    const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0));
    const decoded = decodeCohortText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const reading = read(decoded.text);
    expect(reading.rows).toEqual([
      { line: 2, key: 'juergen@contoso.example', keyKind: 'userPrincipalName', lifetimeInMinutes: 480, startDateTime: '2026-12-01T00:00:00+01:00' },
    ]);
    expect(reading.problems).toEqual([{ line: 3, code: 'no_key', effect: 'row' }]);
  });

  it('reads a paste of sign-in names from a spreadsheet column', () => {
    const { rows, problems } = read('lena@contoso.example\r\njonas@contoso.example\r\n\r\nlena@contoso.example\r\n');
    expect(rows).toEqual([
      { line: 1, key: 'lena@contoso.example', keyKind: 'userPrincipalName' },
      { line: 2, key: 'jonas@contoso.example', keyKind: 'userPrincipalName' },
    ]);
    expect(problems.map((problem) => [problem.line, problem.code, problem.firstLine])).toEqual([[4, 'duplicate_key', 1]]);
  });
});
