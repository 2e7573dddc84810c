import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness';

/** What an IT department deploys: a tenant profile for every technician, and the notice after each pass turned on for all. */
const managedFile = join(mkdtempSync(join(tmpdir(), 'tapdesk-managed-e2e-')), 'managed.json');
writeFileSync(
  managedFile,
  JSON.stringify({
    version: 1,
    profiles: [{ id: 'northwind', label: 'Northwind Traders', cloud: 'global', tenant: 'northwind.onmicrosoft.com', clientId: '6b2c9f1e-4d3a-4b5c-8e7f-0a1b2c3d4e5f' }],
    lockedSettings: { notifications: { enabled: true } },
  }),
);

test.use({ managedFile });

test.describe('managed configuration', () => {
  test('pre-creates the organisation’s profile and shows the settings it locks as set by the organisation', async ({ desk }) => {
    const { page } = desk;
    const northwind = page.getByRole('radio', { name: /Northwind Traders/ });
    await expect(northwind).toBeChecked();
    await expect(page.getByText('Provided by your organisation')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove profile Northwind Traders' })).toHaveCount(0);
    await desk.shot('managed-profiles');

    await page.getByRole('button', { name: 'Settings for Northwind Traders' }).click();
    await expect(page.getByRole('heading', { name: 'Settings for Northwind Traders' })).toBeFocused();
    const notices = page.getByRole('switch', { name: 'Offer the notice after issuing a pass' });
    await expect(notices).toBeChecked();
    await expect(notices).toBeDisabled();
    await expect(notices).toHaveAccessibleDescription('Set by your organisation');
    await expect(page.getByRole('switch', { name: 'One-time use by default' })).toBeEnabled();
    await notices.scrollIntoViewIfNeeded();
    await desk.shot('managed-settings');
    await desk.expectAccessible();
  });
});
