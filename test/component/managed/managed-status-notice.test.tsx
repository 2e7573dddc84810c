import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ManagedStatusNotice } from '../../../src/renderer/src/features/managed';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { ok, type ManagedProblem, type ManagedStatus } from '../../../src/shared';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

const file = 'C:\\ProgramData\\TAP Desk\\managed.json';
const invalid: ManagedProblem = {
  kind: 'invalid',
  issues: [
    { path: '$.profiles[0].clientId', code: 'invalid_format', format: 'guid' },
    { path: '$.lockedSettings.notices', code: 'unknown_key' },
    { path: '$.lockedSettings.journal.retentionMonths', code: 'too_big', origin: 'number', limit: 120 },
  ],
  moreIssues: 2,
};

const show = (status: Partial<ManagedStatus>, language: 'en' | 'de' = 'en') => {
  usePreferencesStore.setState({ preferences: { language, theme: 'system' } });
  const api = installFakeApi();
  api.managedStatus.mockResolvedValue(ok({ file, state: 'ignored', problem: null, demoRefused: false, ...status }));
  return renderInTheme(<ManagedStatusNotice />);
};

describe('the organisation’s file at start', () => {
  it('when broken, is said with its path and each problem by its JSON path, until dismissed', async () => {
    show({ problem: invalid });
    expect(await screen.findByText('Your organisation’s settings for TAP Desk could not be used')).toBeTruthy();
    expect(screen.getByText(/TAP Desk started without them, so none of the profiles or locked settings in C:\\ProgramData\\TAP Desk\\managed\.json apply\./)).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      '$.profiles[0].clientId must be a GUID such as 00000000-0000-0000-0000-000000000000.',
      '$.lockedSettings.notices is not a setting TAP Desk knows: check its spelling and where it sits.',
      '$.lockedSettings.journal.retentionMonths can be at most 120.',
    ]);
    expect(screen.getByText('$.lockedSettings.notices').closest('[translate="no"]')).toBeTruthy();
    expect(screen.getByText(/And 2 more problems\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('when broken, is said in German', async () => {
    show({ problem: invalid }, 'de');
    expect(await screen.findByText('Die Einstellungen Ihrer Organisation für TAP Desk konnten nicht verwendet werden')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '$.profiles[0].clientId muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein.',
      '$.lockedSettings.notices ist keine Einstellung, die TAP Desk kennt: Prüfen Sie die Schreibweise und die Stelle in der Datei.',
      '$.lockedSettings.journal.retentionMonths darf höchstens 120 sein.',
    ]);
    expect(screen.getByText(/Dazu 2 weitere Probleme\./)).toBeTruthy();
  });

  it('when it is not JSON, says where to look and gives the parser’s words as technical detail', async () => {
    show({ problem: { kind: 'not_json', detail: "Expected ',' or '}' after property value in JSON at position 19", line: 3, column: 3 } });
    expect(await screen.findByText(/The file is not valid JSON: look near line 3, column 3\./)).toBeTruthy();
    expect(screen.getByText("Technical detail: Expected ',' or '}' after property value in JSON at position 19")).toBeTruthy();
  });

  it('when written for another version, says which this TAP Desk reads', async () => {
    show({ problem: { kind: 'unsupported_version', version: '2' } });
    expect(await screen.findByText(/The file says version 2; this TAP Desk reads version 1\./)).toBeTruthy();
  });

  it('says a demo start was turned down, and why', async () => {
    show({ state: 'applied', demoRefused: true });
    expect(await screen.findByText(/^Your organisation has turned demo mode off \(C:\\ProgramData\\TAP Desk\\managed\.json\)/)).toBeTruthy();
  });

  it('says nothing when the file was applied, or there is none', async () => {
    const { container } = show({ state: 'applied' });
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });
});
