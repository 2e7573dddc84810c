import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProfilePicker } from '../../../src/renderer/src/features/accounts/profile-picker';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi, profile, signedOut } from '../fake-api';
import { renderApp, renderInTheme } from '../render';

const organisations = { ...profile, id: 'northwind', label: 'Northwind', tenant: 'northwind.onmicrosoft.com', managed: true as const };

describe('the organisation’s tenant profiles in the list', () => {
  it('are marked as provided by the organisation and offer no Remove, unlike the technician’s own', async () => {
    installFakeApi({ ...signedOut, profiles: [organisations, profile] });
    const user = userEvent.setup();
    renderApp();
    const group = await screen.findByRole('radiogroup', { name: 'Tenant profile' });
    const [managedRadio, ownRadio] = within(group).getAllByRole('radio');
    expect(managedRadio!.closest('.fui-Radio')?.textContent).toContain('Provided by your organisation');
    expect(ownRadio!.closest('.fui-Radio')?.textContent).not.toContain('organisation');
    expect(screen.queryByRole('button', { name: 'Remove profile Northwind' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Settings for Northwind' })).toBeTruthy();
    await user.click(ownRadio!);
    expect(screen.getByRole('button', { name: 'Remove profile Contoso' })).toBeTruthy();
  });

  it('are marked in German', () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    installFakeApi({ ...signedOut, profiles: [organisations] });
    renderInTheme(<ProfilePicker profiles={[organisations]} focusSignIn={false} focusSettings={false} onOpenSettings={() => undefined} />);
    expect(screen.getByText('Von Ihrer Organisation bereitgestellt')).toBeTruthy();
  });
});
