import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { appError, err, ok } from '../../../src/shared';
import { HelpMenu, useDiagnosticsStore } from '../../../src/renderer/src/features/diagnostics';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { installFakeApi, signedOut } from '../fake-api';
import { renderApp, renderInTheme } from '../render';

const logFile = 'C:\\Users\\tess\\AppData\\Roaming\\TAP Desk\\logs\\main.log';

afterEach(() => useDiagnosticsStore.setState(useDiagnosticsStore.getInitialState(), true));

describe('Copy diagnostics', () => {
  it('is reached from the keyboard, copies, says so aloud and on screen with where the log is, and closes with Escape', async () => {
    const api = installFakeApi();
    api.copyDiagnostics.mockResolvedValue(ok({ failures: 3, logFile }));
    const user = userEvent.setup();
    renderInTheme(<HelpMenu compact />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Help' }));
    await user.keyboard('{Enter}');
    const item = await screen.findByRole('menuitem', { name: 'Copy diagnostics for the service desk' });
    // Fluent moves focus to the first item through its focus finder, which sees nothing without a layout engine;
    // in Chromium the end-to-end walk presses Enter twice.
    item.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Diagnostics copied' });
    expect(api.copyDiagnostics).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByText(/the last 3 problems with their request ids\. They never hold a pass or a token\.$/)).toBeTruthy();
    const path = within(dialog).getByText(logFile);
    expect(path.getAttribute('translate')).toBe('no');
    expect(useAnnouncerStore.getState().message).toBe('Diagnostics copied');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Help' }));
  });

  it('speaks the technician’s language, and says when no problem was recorded and no log is kept', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const api = installFakeApi();
    api.copyDiagnostics.mockResolvedValue(ok({ failures: 0, logFile: null }));
    const user = userEvent.setup();
    renderInTheme(<HelpMenu />);
    await user.click(await screen.findByRole('button', { name: 'Hilfe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Diagnosedaten für den Service Desk kopieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Diagnosedaten kopiert' });
    expect(within(dialog).getByText(/erteilten Berechtigungen und keine aktuellen Probleme\./)).toBeTruthy();
    expect(within(dialog).getByText('Dieser Arbeitsplatz führt keine Protokolldatei.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says what went wrong when the clipboard could not be written', async () => {
    const api = installFakeApi();
    api.copyDiagnostics.mockResolvedValue(err(appError('unexpected', 'Something unexpected went wrong.', { detail: 'Error' })));
    const user = userEvent.setup();
    renderInTheme(<HelpMenu />);
    await user.click(await screen.findByRole('button', { name: 'Help' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Copy diagnostics for the service desk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Diagnostics were not copied' });
    expect(within(dialog).getByText('Something went wrong.')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Something went wrong.');
  });

  it('is in the workspace header and on the sign-in screen, where a failed sign-in needs it most', async () => {
    installFakeApi();
    const { unmount } = renderApp();
    expect(await screen.findByRole('button', { name: 'Help' })).toBeTruthy();
    unmount();
    installFakeApi(signedOut);
    renderApp();
    expect(await screen.findByRole('button', { name: 'Help' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
