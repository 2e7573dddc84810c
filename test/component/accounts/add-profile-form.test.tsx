import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clouds } from '../../../src/shared';
import { installFakeApi, signedOut } from '../fake-api';
import { renderApp } from '../render';

const note = /does not offer Temporary Access Passes in this cloud/;

describe('add tenant profile: clouds without the pass API', () => {
  it('says so when China is chosen, and nothing for the clouds that have it', async () => {
    installFakeApi({ ...signedOut, profiles: [] });
    const user = userEvent.setup();
    renderApp();
    const cloud = await screen.findByLabelText(/^Cloud/);
    expect(screen.queryByText(note)).toBeNull();
    await user.selectOptions(cloud, 'china');
    expect(screen.getByText(note)).toBeTruthy();
    await user.selectOptions(cloud, 'usgov-dod');
    expect(screen.queryByText(note)).toBeNull();
  });

  it('follows the per-cloud availability in the shared cloud definitions', () => {
    expect(Object.values(clouds).filter((definition) => !definition.passApiAvailable).map((definition) => definition.id)).toEqual(['china']);
  });
});
