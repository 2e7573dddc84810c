import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CohortSource, resetSource } from '../../../src/renderer/src/features/bulk/source';
import { toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetSource);

/** What German Excel writes as "CSV (Trennzeichen-getrennt)": semicolons, windows-1252, CRLF. */
const germanExcelCsv = [
  'Anmeldename;E-Mail;Gültigkeit (Minuten);Beginn;Sprache;Abteilung',
  'adele.vance@contoso.com;;480;07.12.2030;de;Vertrieb',
  ';jörg.müller@contoso.com;8 Std;;de-de;Einkauf',
  ';;;;;Lager',
  'lynne@contoso.com;;viel;;;',
  'megan@contoso.com;;;;Deutsch;',
  'adele.vance@contoso.com;;;;;',
].join('\r\n');

const windows1252 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));

const chooseFile = async (bytes: Uint8Array<ArrayBuffer>, name = 'neue-mitarbeiter.csv') => {
  fireEvent.change(screen.getByLabelText('Cohort list (CSV or text file)'), { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
  return screen.findByRole('table', { name: 'The first rows of the list, with what each column holds' });
};

const mappingOf = (column: number) => screen.getByRole('combobox', { name: `What column ${column} holds` }) as HTMLSelectElement;
const problems = () => within(screen.getByRole('region', { name: /problems? in the list$/ })).getAllByRole('listitem').map((item) => item.textContent);

const renderSource = () => {
  installFakeApi();
  const onRows = vi.fn();
  renderInTheme(<CohortSource busy={false} onRows={onRows} />);
  return onRows;
};

describe('source: a CSV file', () => {
  it('reads German Excel’s semicolons and umlauts, maps the columns from their headers and previews the rows', async () => {
    renderSource();
    expect(screen.getByRole('tab', { name: 'File', selected: true })).toBeTruthy();
    const preview = await chooseFile(windows1252(germanExcelCsv));
    expect(screen.getByText('Read from neue-mitarbeiter.csv.')).toBeTruthy();
    expect([1, 2, 3, 4, 5, 6].map((column) => mappingOf(column).value)).toEqual([
      'userPrincipalName',
      'mail',
      'lifetimeInMinutes',
      'startDateTime',
      'language',
      'ignore',
    ]);
    expect(within(preview).getByText('Gültigkeit (Minuten)')).toBeTruthy();
    expect(within(preview).getByText('jörg.müller@contoso.com')).toBeTruthy();
    expect(within(preview).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByText('3 people found in the list.')).toBeTruthy();
  });

  it('says each problem by its line, and whether the line is left out or only the option', async () => {
    renderSource();
    await chooseFile(windows1252(germanExcelCsv));
    expect(screen.getByRole('heading', { name: '4 problems in the list' })).toBeTruthy();
    expect(problems()).toEqual([
      'Line 4: no sign-in name, mail or employee ID. This line is left out.',
      'Line 5: lifetime “viel” is not a number of minutes (or hours like 8h, or days like 1d). This line is left out.',
      'Line 6: language “Deutsch” is not a language tag such as de or pt-BR. The batch’s choice applies instead.',
      'Line 7: “adele.vance@contoso.com” is already on line 2. This line is left out.',
    ]);
  });

  it('reads the rows again when a column’s meaning changes', async () => {
    renderSource();
    await chooseFile(windows1252(germanExcelCsv));
    fireEvent.change(mappingOf(2), { target: { value: 'ignore' } });
    expect(screen.getByText('2 people found in the list.')).toBeTruthy();
    expect(problems()[0]).toBe('Line 3: no sign-in name, mail or employee ID. This line is left out.');
    fireEvent.change(mappingOf(1), { target: { value: 'ignore' } });
    expect(screen.getByText('No one found in the list.')).toBeTruthy();
    expect(problems()).toEqual(['No column holds a sign-in name, mail or employee ID. Choose one above its column.']);
    expect(screen.getByRole('button', { name: 'No one to check' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('sends the rows found, with their own options, and where they came from', async () => {
    const onRows = renderSource();
    await chooseFile(windows1252(germanExcelCsv));
    fireEvent.click(screen.getByRole('button', { name: 'Check 3 people' }));
    expect(onRows).toHaveBeenCalledWith(
      [
        { line: 2, key: 'adele.vance@contoso.com', keyKind: 'userPrincipalName', lifetimeInMinutes: 480, startDateTime: toIsoWithOffset(new Date(2030, 11, 7)), language: 'de' },
        { line: 3, key: 'jörg.müller@contoso.com', keyKind: 'mail', lifetimeInMinutes: 480, language: 'de-DE' },
        { line: 6, key: 'megan@contoso.com', keyKind: 'userPrincipalName' },
      ],
      { kind: 'file', name: 'neue-mitarbeiter.csv' },
    );
  });

  it('does not send anything while a check is under way', async () => {
    installFakeApi();
    const onRows = vi.fn();
    renderInTheme(<CohortSource busy onRows={onRows} />);
    await chooseFile(new TextEncoder().encode('userPrincipalName\nadele@contoso.com\n'));
    const check = screen.getByRole('button', { name: 'Check 1 person' });
    expect(check.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(check);
    expect(onRows).not.toHaveBeenCalled();
  });

  it('refuses a file far larger than any cohort list without reading it', async () => {
    renderSource();
    const huge = new File(['x'], 'export.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Cohort list (CSV or text file)'), { target: { files: [huge] } });
    expect(await screen.findByText('The file is larger than 5 MB, far more than a list of 1,000 people. Choose the list itself.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
