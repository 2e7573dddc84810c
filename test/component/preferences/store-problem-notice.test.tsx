import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src/shared';
import { StoreProblemNotice } from '../../../src/renderer/src/features/preferences';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

const problem = { keptAs: '/home/tech/.config/TAP Desk/settings.json.unreadable-42', detail: 'Unexpected end of JSON input' };

describe('an unreadable settings file at start', () => {
  it('is said on screen in the technician’s language, with where the file was kept, until dismissed', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const api = installFakeApi();
    api.storeProblem.mockResolvedValue(ok(problem));
    renderInTheme(<StoreProblemNotice />);
    expect(await screen.findByText(/^TAP Desk konnte seine Einstellungsdatei nicht lesen/)).toBeTruthy();
    expect(screen.getByText(new RegExp(`als ${problem.keptAs.replace(/[.]/g, '\\.')} aufbewahrt\\. Technische Details: Unexpected end of JSON input$`))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByText(/Einstellungsdatei/)).toBeNull();
  });

  it('says nothing when the file was read', async () => {
    installFakeApi();
    const { container } = renderInTheme(<StoreProblemNotice />);
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });
});
