import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test, type Desk } from './harness';

const { auth, privAuth } = demoTechnicians;
const lena = demoPeople.inScope;

type Message = { subject: string; body: { content: string } };

const openSettings = async ({ page }: Desk) => {
  await page.getByRole('button', { name: 'Tenant settings' }).click();
  await expect(page.getByRole('heading', { name: /^Settings for / })).toBeFocused();
};

const saveAndLeave = async ({ page }: Desk) => {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
};

const issueAndNotify = async (desk: Desk) => {
  const { page } = desk;
  await desk.select(lena.displayName);
  const replace = page.getByRole('checkbox', { name: /Replace the existing pass/ });
  if (await replace.isVisible()) await replace.check();
  await page.getByRole('button', { name: 'Create pass' }).click();
  await expect(page.getByLabel('Temporary Access Pass')).toBeVisible();
  await page.getByRole('button', { name: 'Prepare e-mail notice…' }).click();
  await expect(page.getByRole('button', { name: 'Send notice' })).toBeEnabled();
};

test('two tenants share settings by export and import, then keep their own templates and languages side by side', async ({ desk }) => {
  test.setTimeout(120_000);
  const { page, emulator, platform } = desk;
  await desk.signIn(auth.userPrincipalName, auth.password);
  await openSettings(desk);
  await page.getByRole('switch', { name: 'Offer the notice after issuing a pass' }).check();
  await page.getByLabel('Service desk name', { exact: true }).fill('Contoso IT');
  await page.getByRole('tab', { name: /German \(de\)/ }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Contoso: Hinweis für {{displayName}}');
  await saveAndLeave(desk);
  await openSettings(desk);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(/^Saved settings exported to /).first()).toBeVisible();
  const [fileName, exported] = [...platform.savedFiles.entries()][0] ?? [];
  expect(fileName).toBe('TAP Desk settings - Demo tenant (built-in emulator).json');
  expect(JSON.parse(exported!)).toMatchObject({ format: 'tapdesk.tenant-settings', settings: { serviceDesk: { name: 'Contoso IT' } } });
  await page.getByRole('button', { name: 'Back' }).click();

  // A second tenant profile (here the same emulator tenant under another name), with its own sign-in.
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByLabel('Profile name').fill('Fabrikam');
  await page.getByRole('combobox', { name: 'Cloud' }).selectOption('emulator');
  await page.getByLabel('Tenant ID or domain').fill(emulator.tenantId);
  await page.getByLabel('Application (client) ID').fill(emulator.clientId);
  await page.getByRole('button', { name: 'Add tenant profile' }).click();
  await page.getByRole('radio', { name: /Fabrikam/ }).check();
  await desk.signIn(privAuth.userPrincipalName, privAuth.password);
  await expect(page.getByText(/Fabrikam/).first()).toBeVisible();

  await openSettings(desk);
  await page.getByLabel('Settings file to import').setInputFiles({ name: fileName!, mimeType: 'application/json', buffer: Buffer.from(exported!) });
  const review = page.getByRole('dialog', { name: 'Import these settings?' });
  await expect(review.getByRole('rowheader', { name: 'notifications.templates.de.subject' })).toBeVisible();
  await expect(review.getByRole('rowheader', { name: 'serviceDesk.name' })).toBeVisible();
  await desk.shot('46-import-review');
  await review.getByRole('button', { name: 'Apply to the form' }).click();
  await expect(page.getByLabel('Service desk name', { exact: true })).toHaveValue('Contoso IT');
  await page.getByLabel('Service desk name', { exact: true }).fill('Fabrikam Helpdesk');
  await page.getByRole('tab', { name: /German \(de\)/ }).click();
  await page.getByRole('button', { name: 'Remove de' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Fabrikam security notice for {{displayName}}');
  await saveAndLeave(desk);

  await issueAndNotify(desk);
  await expect(page.getByText("The tenant's default language.")).toBeVisible();
  await page.getByRole('button', { name: 'Send notice' }).click();
  await expect(page.getByText(/^Accepted by Exchange Online at/)).toBeVisible();
  await page.getByRole('button', { name: 'Next person' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();

  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByRole('button', { name: /^Continue as Mara Keller/ }).click();
  await issueAndNotify(desk);
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('de');
  await page.getByRole('button', { name: 'Send notice' }).click();
  await expect(page.getByText(/^Accepted by Exchange Online at/)).toBeVisible();

  const [fabrikam, contoso] = emulator.control.sentMail().map((mail) => ({ from: mail.from, ...(mail.message as Message) }));
  expect(fabrikam).toMatchObject({ from: privAuth.userPrincipalName, subject: `Fabrikam security notice for ${lena.displayName}` });
  expect(fabrikam!.body.content).toContain('Fabrikam Helpdesk');
  expect(contoso).toMatchObject({ from: auth.userPrincipalName, subject: `Contoso: Hinweis für ${lena.displayName}` });
  expect(contoso!.body.content).toContain('Contoso IT');
});
