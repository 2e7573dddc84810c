import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CohortSource, resetSource } from '../../../src/renderer/src/features/bulk/source';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetSource);

const pasteBox = () => screen.getByRole('textbox', { name: 'Rows copied from Excel or Google Sheets' });
const preview = () => screen.queryByRole('table', { name: 'The first rows of the list, with what each column holds' });

const renderPaste = () => {
  installFakeApi();
  const onRows = vi.fn();
  renderInTheme(<CohortSource busy={false} onRows={onRows} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Paste' }));
  return onRows;
};

describe('source: rows pasted from a spreadsheet', () => {
  it('reads Excel’s tabs, line breaks and a cell with a line break of its own on Ctrl+Enter, not on Enter', () => {
    const onRows = renderPaste();
    // Excel copies CRLF rows, an empty last cell as a trailing tab, and quotes a cell that holds a line break.
    fireEvent.change(pasteBox(), { target: { value: 'Sign-in name\tLanguage\tNotes\r\nadele@contoso.com\tfr\t"starts\r\nMonday"\r\nalex@contoso.com\t\t\r\n' } });
    fireEvent.keyDown(pasteBox(), { key: 'Enter' });
    expect(preview()).toBeNull();
    fireEvent.keyDown(pasteBox(), { key: 'Enter', ctrlKey: true });
    expect(within(preview()!).getAllByRole('row').map((row) => within(row).queryAllByRole('cell')[0]?.textContent)).toEqual([undefined, '2', '4']);
    expect((screen.getByRole('combobox', { name: 'What column 1 holds' }) as HTMLSelectElement).value).toBe('userPrincipalName');
    expect((screen.getByRole('combobox', { name: 'What column 3 holds' }) as HTMLSelectElement).value).toBe('ignore');
    expect(screen.getByText('2 people found in the list.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check 2 people' }));
    expect(onRows).toHaveBeenCalledWith(
      [
        { line: 2, key: 'adele@contoso.com', keyKind: 'userPrincipalName', language: 'fr' },
        { line: 4, key: 'alex@contoso.com', keyKind: 'userPrincipalName' },
      ],
      { kind: 'paste' },
    );
  });

  it('guesses a column of sign-in names pasted without a header, and says it guessed', () => {
    const onRows = renderPaste();
    fireEvent.change(pasteBox(), { target: { value: 'adele@contoso.com\nalex@contoso.com\nmegan@contoso.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the rows' }));
    expect((screen.getByRole('combobox', { name: 'What column 1 holds' }) as HTMLSelectElement).value).toBe('userPrincipalName');
    expect(screen.getByText(/^The list has no header row: the columns were guessed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check 3 people' }));
    expect(onRows.mock.calls[0]![0].map((row: { line: number }) => row.line)).toEqual([1, 2, 3]);
  });

  it('keeps the paste and its mapping when the technician looks at another tab and comes back', () => {
    renderPaste();
    fireEvent.change(pasteBox(), { target: { value: 'Mail;Personalnummer\nadele@contoso.com;1001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the rows' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'What column 2 holds' }), { target: { value: 'ignore' } });
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Paste' }));
    expect((pasteBox() as HTMLTextAreaElement).value).toBe('Mail;Personalnummer\nadele@contoso.com;1001');
    expect((screen.getByRole('combobox', { name: 'What column 2 holds' }) as HTMLSelectElement).value).toBe('ignore');
  });

  it('cannot read an empty paste', () => {
    renderPaste();
    expect(screen.getByRole('button', { name: 'Read the rows' }).getAttribute('aria-disabled')).toBe('true');
  });
});
