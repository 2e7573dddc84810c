import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi, issuedFor } from '../fake-api';
import { queryShown, showHandoff } from '../render';

const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;
const languageSelect = (name = 'Slip language') => screen.findByRole('combobox', { name }) as Promise<HTMLSelectElement>;
const { userId, id: passId } = issuedFor('adele');
const pdfWarning = 'The PDF contains the pass. Keep it safe and delete it once the pass has been handed over.';

/** Save slip as PDF, then the confirmation's Save PDF. */
const savePdf = async (names = { button: 'Save slip as PDF', dialog: 'Save the pass in a PDF file?', save: 'Save PDF' }) => {
  await act(async () => fireEvent.click(button(names.button)));
  const dialog = await screen.findByRole('alertdialog', { name: names.dialog });
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: names.save })));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handoff: the printed slip', () => {
  it('has main print the slip or save it as a PDF, in the language main would choose, and says where it went', async () => {
    const api = installFakeApi();
    api.slipLanguages.mockResolvedValue(ok({ languages: ['en', 'de', 'fr', 'pt', 'ja'], automatic: 'de' }));
    showHandoff();
    expect((await languageSelect()).value).toBe('de');
    expect(api.slipLanguages).toHaveBeenCalledWith({ userId });
    await act(async () => fireEvent.click(button('Print slip')));
    expect(api.printSlip).toHaveBeenCalledWith({ userId, passId, output: 'print', language: 'de' });
    expect(screen.getByText('Slip sent to the printer.')).toBeTruthy();
    expect(queryShown(pdfWarning)).toBeNull();

    await savePdf();
    expect(api.printSlip).toHaveBeenLastCalledWith({ userId, passId, output: 'pdf', language: 'de' });
    expect(screen.getByText('Slip saved to /home/tech/Temporary Access Pass.pdf.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(pdfWarning);
    expect(announced()).toBe(`Slip saved to /home/tech/Temporary Access Pass.pdf. ${pdfWarning}`);
  });

  it('says before the save dialog that the file holds the pass in readable form, with not saving as the focused answer', async () => {
    const api = installFakeApi();
    showHandoff();
    const user = userEvent.setup();
    await user.click(button('Save slip as PDF'));
    let dialog = await screen.findByRole('alertdialog', { name: 'Save the pass in a PDF file?' });
    expect(
      within(dialog).getByText('The file will contain the pass in readable form. Anyone who opens the file can sign in as this person until the pass expires.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Delete the file as soon as the pass has been handed over.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Don’t save' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(button('Save slip as PDF'));

    await user.keyboard('{Enter}');
    dialog = await screen.findByRole('alertdialog', { name: 'Save the pass in a PDF file?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.printSlip).not.toHaveBeenCalled();

    await user.click(button('Save slip as PDF'));
    dialog = await screen.findByRole('alertdialog', { name: 'Save the pass in a PDF file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save PDF' }));
    await waitFor(() => expect(api.printSlip).toHaveBeenCalledWith({ userId, passId, output: 'pdf', language: 'en' }));
    expect(await screen.findByText('Slip saved to /home/tech/Temporary Access Pass.pdf.')).toBeTruthy();
  });

  it('offers the slip’s languages each named in itself, as data of that language, and prints in the one picked', async () => {
    const api = installFakeApi();
    showHandoff();
    const select = await languageSelect();
    const options = Array.from(select.options);
    expect(options.map((option) => [option.value, option.lang, option.getAttribute('translate')])).toEqual([
      ['en', 'en', 'no'],
      ['de', 'de', 'no'],
      ['fr', 'fr', 'no'],
      ['pt', 'pt', 'no'],
      ['ja', 'ja', 'no'],
    ]);
    const named = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    expect(options.map((option) => option.textContent)).toEqual(['en', 'de', 'fr', 'pt', 'ja'].map(named));
    expect(select.value).toBe('en');
    fireEvent.change(select, { target: { value: 'ja' } });
    await act(async () => fireEvent.click(button('Print slip')));
    expect(api.printSlip).toHaveBeenCalledWith({ userId, passId, output: 'print', language: 'ja' });
  });

  it('leaves the language to main when the slip’s languages could not be read', async () => {
    const api = installFakeApi();
    api.slipLanguages.mockResolvedValue(err({ code: 'network', message: 'offline' }));
    showHandoff();
    await waitFor(() => expect(api.slipLanguages).toHaveBeenCalled());
    expect(screen.queryByRole('combobox', { name: 'Slip language' })).toBeNull();
    await act(async () => fireEvent.click(button('Print slip')));
    expect(api.printSlip).toHaveBeenCalledWith({ userId, passId, output: 'print' });
  });

  it('says when nothing was printed or saved, without the warning about a file', async () => {
    const api = installFakeApi();
    api.printSlip.mockResolvedValue(ok({ done: false, savedTo: null }));
    showHandoff();
    await savePdf();
    expect(screen.getByText('Nothing was printed or saved.')).toBeTruthy();
    expect(queryShown(pdfWarning)).toBeNull();
  });

  it('cannot be made once the pass is wiped from memory', async () => {
    const api = installFakeApi();
    showHandoff();
    const select = await languageSelect();
    act(() => useHandoffStore.getState().wipe());
    fireEvent.click(button('Print slip'));
    expect(button('Print slip').getAttribute('aria-disabled')).toBe('true');
    expect(select.disabled).toBe(true);
    expect(api.printSlip).not.toHaveBeenCalled();
  });

  it('speaks German and French, and warns about the PDF in the screen’s language', async () => {
    installFakeApi();
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const view = showHandoff();
    expect(await languageSelect('Sprache des Ausdrucks')).toBeTruthy();
    await savePdf({ button: 'Ausdruck als PDF speichern', dialog: 'Den Zugriffspass in einer PDF-Datei speichern?', save: 'PDF speichern' });
    expect(screen.getByText('Ausdruck gespeichert unter /home/tech/Temporary Access Pass.pdf.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/^Die PDF-Datei enthält den Zugriffspass\./);
    view.unmount();

    usePreferencesStore.setState({ preferences: { language: 'fr', theme: 'system' } });
    showHandoff();
    expect(await languageSelect('Langue du feuillet')).toBeTruthy();
    await act(async () => fireEvent.click(button('Imprimer le feuillet')));
    expect(screen.getByText('Feuillet envoyé à l’imprimante.')).toBeTruthy();
  });
});
