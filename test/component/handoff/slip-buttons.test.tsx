import { act, fireEvent, screen, waitFor } from '@testing-library/react';
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

    await act(async () => fireEvent.click(button('Save slip as PDF')));
    expect(api.printSlip).toHaveBeenLastCalledWith({ userId, passId, output: 'pdf', language: 'de' });
    expect(screen.getByText('Slip saved to /home/tech/Temporary Access Pass.pdf.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(pdfWarning);
    expect(announced()).toBe(`Slip saved to /home/tech/Temporary Access Pass.pdf. ${pdfWarning}`);
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
    await act(async () => fireEvent.click(button('Save slip as PDF')));
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
    await act(async () => fireEvent.click(button('Ausdruck als PDF speichern')));
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
