import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test } from './harness';

const { auth } = demoTechnicians;

test.describe('tenant settings', () => {
  test('are edited with a guard against losing changes, and shape the next pass and its slip', async ({ desk }) => {
    const { page, platform } = desk;
    await desk.signIn(auth.userPrincipalName, auth.password);
    await page.getByRole('button', { name: 'Tenant settings' }).click();
    await expect(page.getByRole('heading', { name: /^Settings for / })).toBeFocused();

    await page.getByLabel('Clear the clipboard after (seconds)', { exact: true }).fill('3');
    await page.getByLabel('Service desk name', { exact: true }).click();
    await expect(page.getByText('At least 5 seconds')).toBeVisible();
    await desk.shot('30-settings-invalid');
    await page.getByLabel('Clear the clipboard after (seconds)', { exact: true }).fill('12');
    await page.getByLabel('Service desk name', { exact: true }).fill('Northwind IT Hotline');
    await page.getByLabel('Phone', { exact: true }).fill('+49 30 5550 100');
    await page.getByLabel('Display name on slips and mails', { exact: true }).fill('Northwind Traders');
    await desk.shot('31-settings');
    await desk.expectAccessible();

    await page.getByRole('button', { name: 'Back' }).click();
    const leave = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await expect(leave).toBeVisible();
    await desk.shot('32-settings-unsaved');
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();

    await desk.select(demoPeople.inScope.displayName);
    await page.getByRole('button', { name: 'Create pass' }).click();
    await expect(page.getByLabel('Temporary Access Pass')).toBeVisible();
    await page.getByRole('button', { name: 'Copy pass' }).click();
    await expect(page.getByText(/clipboard clears in 1[0-2] s/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Print slip' }).click();
    await expect(page.getByText('Slip sent to the printer.').first()).toBeVisible();
    const slip = platform.slips.at(-1)!.html;
    expect(slip).toContain('Northwind Traders');
    expect(slip).toContain('Northwind IT Hotline · +49 30 5550 100');
  });
});
