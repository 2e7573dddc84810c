import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent } from 'undici';
import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test, type Desk } from './harness';

const { auth } = demoTechnicians;
const person = demoPeople.inScope;

/** The person's passes as Graph itself lists them, independent of the app. */
const graphPasses = async ({ emulator }: Desk, userId: string) => {
  const token = await emulator.control.issueToken({ username: demoTechnicians.global.userPrincipalName, scopes: ['UserAuthMethod-TAP.ReadWrite.All'] });
  const listed = await fetch(`${emulator.graphBaseUrl}/users/${userId}/authentication/temporaryAccessPassMethods`, {
    headers: { Authorization: `Bearer ${token.access_token}` },
    dispatcher: new Agent({ connect: { ca: emulator.caCertPem } }),
  } as RequestInit);
  return ((await listed.json()) as { value: unknown[] }).value;
};

test.describe('handing the pass over', () => {
  test('shows, hides, prints and follows the pass, then revokes it', async ({ desk, browser }) => {
    const { page, emulator, platform } = desk;
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(person.displayName);
    await page.getByLabel('One-time use').check();
    await page.getByRole('button', { name: 'Create pass' }).click();

    const pass = page.getByLabel('Temporary Access Pass');
    await expect(pass).toHaveText(/^\S{8}$/);
    const secret = (await pass.textContent())!;
    await expect(page.getByRole('img', { name: /QR code of the pass/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /security info/ })).toBeVisible();
    await expect(page.getByText('Waiting for first sign-in').first()).toBeVisible();
    expect(platform.protection.at(-1)).toBe(true);
    await desk.shot('20-handoff-shown');
    await desk.expectAccessible();

    await page.getByRole('button', { name: 'Copy pass' }).click();
    await expect(page.getByText(/Copied — clipboard clears in \d+ s/).first()).toBeVisible();
    expect(platform.clipboard.text()).toBe(secret);
    // Written with the markers that keep it out of this system's clipboard history and managers.
    expect(platform.clipboard.marks().length).toBeGreaterThan(0);

    // The file holds the pass in readable form: the desk says so first, with not saving as the focused answer.
    const slipsBefore = platform.slips.length;
    await page.getByRole('button', { name: 'Save slip as PDF' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Save the pass in a PDF file?' });
    await expect(confirm).toContainText('Anyone who opens the file can sign in as this person until the pass expires.');
    await expect(confirm.getByRole('button', { name: 'Don’t save' })).toBeFocused();
    await desk.shot('22-slip-pdf-confirm');
    await desk.expectAccessible();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save slip as PDF' })).toBeFocused();
    expect(platform.slips).toHaveLength(slipsBefore);
    await page.keyboard.press('Enter');
    await expect(confirm.getByRole('button', { name: 'Don’t save' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Save PDF' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Slip saved to/).first()).toBeVisible();
    const slip = platform.slips.at(-1)!;
    const slipPage = await browser.newPage();
    await slipPage.setContent(slip.html);
    const work = await mkdtemp(join(tmpdir(), 'tapdesk-slip-'));
    try {
      const pdf = join(work, 'slip.pdf');
      await writeFile(pdf, await slipPage.pdf({ format: 'A5', printBackground: true }));
      await slipPage.setViewportSize({ width: 560, height: 800 });
      await slipPage.screenshot({ path: 'test-results/screenshots/22-slip.png', fullPage: true });
      const { stdout } = await promisify(execFile)('pdftotext', [pdf, '-']);
      const words = stdout.replace(/\s+/g, ' ');
      expect(words).toContain('Ihr befristeter Zugriffspass');
      expect(words).toContain(person.displayName);
      // Long values may wrap on A5, so these are compared without the line breaks.
      expect(words.replace(/\s/g, '')).toContain(person.userPrincipalName);
      expect(words.replace(/\s/g, '')).toContain(secret);
      expect(words).toContain('innerhalb von 10 Minuten');
      const images = (await readFile(pdf, 'latin1')).match(/\/Subtype\s*\/Image/g) ?? [];
      expect(images.length).toBeGreaterThanOrEqual(2);
    } finally {
      await slipPage.close();
      await rm(work, { recursive: true, force: true });
    }

    await page.getByRole('button', { name: 'Hide pass' }).click();
    await expect(pass).not.toHaveText(secret);
    await expect(page.getByRole('img', { name: /QR code of the pass/ })).toHaveCount(0);
    expect(platform.protection.at(-1)).toBe(false);
    await desk.shot('21-handoff-hidden');

    emulator.control.markPassUsed(person.id);
    emulator.control.registerMethod(person.id, 'fido2');
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect(page.getByText('Pass used').first()).toBeVisible();
    await expect(page.getByText(/New method registered: Passkey \(FIDO2\)/).first()).toBeVisible();
    await desk.shot('23-handoff-followed');

    await page.getByRole('button', { name: 'Revoke pass' }).click();
    await expect(page.getByRole('alertdialog')).toContainText(`Revoke the pass for ${person.displayName}?`);
    await desk.shot('24-revoke-confirm');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(page.getByText('Revoked').first()).toBeVisible();
    expect(await graphPasses(desk, person.id)).toEqual([]);
  });

  test('revokes a pass issued earlier, from the person’s card', async ({ desk }) => {
    const holder = demoPeople.withActivePass;
    expect(await graphPasses(desk, holder.id)).toHaveLength(1);
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(holder.displayName);
    await desk.page.getByRole('button', { name: 'Revoke pass' }).click();
    await desk.page.getByRole('alertdialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(desk.page.getByText('None').first()).toBeVisible();
    expect(await graphPasses(desk, holder.id)).toEqual([]);
  });
});
