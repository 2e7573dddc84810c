import Papa from 'papaparse';
import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test, type Desk } from './harness';

const { privAuth } = demoTechnicians;
const lena = demoPeople.inScope;
const claudia = demoPeople.managerOfInScope;
const george = demoPeople.helpdeskAdmin;

const issueAndMoveOn = async (desk: Desk, name: string) => {
  const { page } = desk;
  await desk.select(name);
  await page.getByRole('button', { name: 'Create pass' }).click();
  await expect(page.getByLabel('Temporary Access Pass')).toHaveText(/^\S{8}$/);
  await page.getByRole('button', { name: 'Next person' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Find a person')).toBeFocused();
};

test.describe('the desk journal', () => {
  test('follows today’s passes live, revokes one, exports the journal and shows a pass issued at another desk', async ({ desk }) => {
    // Three passes through the whole desk flow, then every view of the journal: about a minute on a loaded machine.
    test.setTimeout(120_000);
    const { page, emulator, platform } = desk;
    await desk.signIn(privAuth.userPrincipalName, privAuth.password);
    for (const person of [lena, claudia, george]) await issueAndMoveOn(desk, person.displayName);

    await page.keyboard.press('Control+j');
    const panel = page.getByRole('dialog', { name: 'Desk journal' });
    await expect(panel).toBeVisible();
    await expect(panel.getByText(/Journal intact since/)).toBeVisible();
    const passes = panel.getByRole('list', { name: 'Passes issued today, newest first' });
    const rows = passes.locator(':scope > li');
    const row = (name: string) => rows.filter({ hasText: name });
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText(george.displayName);
    await expect(row(lena.displayName)).toContainText('Waiting for first sign-in');

    // The person signs in with the pass, another registers a passkey, as at the desk.
    emulator.control.markPassUsed(lena.id);
    emulator.control.registerMethod(claudia.id, 'fido2');
    await panel.getByRole('button', { name: 'Refresh' }).click();
    await expect(row(lena.displayName)).toContainText('Used');
    await expect(row(claudia.displayName)).toContainText('New method registered');
    await expect(row(george.displayName)).toContainText('Waiting for first sign-in');
    await desk.shot('60-journal-today');
    await desk.expectAccessible();

    await row(george.displayName).getByRole('button', { name: `Revoke pass for ${george.displayName}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect(row(george.displayName)).toContainText('Revoked');
    expect(emulator.control.passOf(george.id)).toBeNull();

    // Another desk replaces Hiroshi's pass: only Entra's audit log knows of it.
    emulator.control.issuePassElsewhere(demoPeople.withActivePass.id);
    await panel.getByRole('tab', { name: 'Passes in this tenant' }).click();
    const table = panel.getByRole('table');
    const elsewhere = table.getByRole('row').filter({ hasText: demoPeople.withActivePass.displayName });
    await expect(elsewhere).toContainText('Entra audit log');
    await expect(elsewhere).not.toContainText('This desk');
    await expect(table.getByRole('row').filter({ hasText: lena.displayName })).toContainText('This desk');
    await expect(table.getByRole('row').filter({ hasText: george.displayName }).first()).toContainText('Admin role');
    await desk.shot('61-journal-tenant');
    await desk.expectAccessible();

    await panel.getByRole('button', { name: 'Export this desk’s journal as CSV' }).click();
    await expect(panel.getByText(/rows saved to/)).toBeVisible();
    const [, csv] = [...platform.savedFiles].at(-1)!;
    const exported = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(exported.map((entry) => [entry.action, entry.person_upn])).toEqual([
      ['issued', lena.userPrincipalName],
      ['issued', claudia.userPrincipalName],
      ['issued', george.userPrincipalName],
      ['revoked', george.userPrincipalName],
    ]);


    await panel.getByRole('tab', { name: 'Daily report' }).click();
    await expect(panel.getByRole('heading', { name: /Desk journal for/ })).toBeVisible();
    await desk.shot('62-journal-report');
    await desk.expectAccessible();

    // At 200 % zoom on a 1280×860 window, in the dark: the panel scrolls as a whole and nothing runs off the side.
    await page.setViewportSize({ width: 640, height: 430 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await panel.getByRole('tab', { name: 'Today at this desk' }).click();
    await expect(row(lena.displayName)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await desk.shot('64-journal-today-zoom-200-dark');
    await desk.expectAccessible();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    const search = page.getByLabel('Find a person');
    await search.focus();
    await search.press('ArrowDown');
    const recent = page.getByRole('listbox', { name: 'Recent today' });
    await expect(recent.getByRole('option')).toHaveCount(3);
    await desk.shot('63-recent-people');
  });
});
