import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test } from './harness';

const { auth } = demoTechnicians;
const lena = demoPeople.inScope;

type Message = { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] };

test.describe('e-mail notice', () => {
  test('a German template edited in the settings reaches the outbox exactly as previewed, without the pass', async ({ desk }) => {
    // Three full-page captures of the 4,000-pixel settings page and two axe runs: 45 s alone, over 60 s beside another spec.
    test.setTimeout(120_000);
    const { page, emulator } = desk;
    await desk.signIn(auth.userPrincipalName, auth.password);
    await page.getByRole('button', { name: 'Tenant settings' }).click();
    await page.getByRole('switch', { name: 'Offer the notice after issuing a pass' }).check();
    await page.getByLabel('Service desk name', { exact: true }).fill('Contoso IT-Service');
    await page.getByLabel('Phone', { exact: true }).fill('+49 30 5550 100');

    await page.getByRole('tab', { name: /German \(de\)/ }).click();
    const subject = page.getByLabel('Subject', { exact: true });
    await subject.fill('Sicherheitshinweis für {{vorname}}');
    await expect(page.getByText('Unknown placeholder {{vorname}} (line 1, column 24)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
    await desk.shot('40-template-error');
    await subject.fill('Sicherheitshinweis für {{displayName}}');
    const body = page.getByLabel('Message (HTML)', { exact: true });
    await body.fill(`${await body.inputValue()}\n<p style="color: rgb(0, 94, 56)">Ihr Team Arbeitsplatz-IT</p>`);
    const preview = page.getByRole('figure', { name: 'Preview of the German message' });
    await expect(preview.getByText('Sicherheitshinweis für Alex Example')).toBeVisible();
    await expect(page.frameLocator('iframe[title="Preview of the German message"]').getByText('Ihr Team Arbeitsplatz-IT')).toBeVisible();
    await expect(page.frameLocator('iframe[title="Preview of the German message"]').getByText('Telefon: +49 30 5550 100')).toBeVisible();
    // The tenant's inline style shows in the preview, whose frame inherits a policy that admits no style attribute.
    const signature = page.frameLocator('iframe[title="Preview of the German message"]').getByText('Ihr Team Arbeitsplatz-IT');
    expect(await signature.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 94, 56)');
    // Every style element of the page, Fluent's included, carries the nonce of the policy the page was served with.
    expect(
      await page.evaluate(() => {
        const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
        const styles = [...document.querySelectorAll('style')];
        return Boolean(nonce) && styles.length > 0 && styles.every((style) => style.nonce === nonce);
      }),
    ).toBe(true);
    await desk.shot('41-template-editor');
    // A full-page capture re-lays out the page and can catch the preview frame unpainted; the section alone cannot.
    await page.getByRole('region', { name: 'Notification templates' }).screenshot({ path: 'test-results/screenshots/41-template-section.png' });
    await desk.expectAccessible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();

    await desk.select(lena.displayName);
    await page.getByRole('button', { name: 'Create pass' }).click();
    await expect(page.getByLabel('Temporary Access Pass')).toBeVisible();
    await page.getByRole('button', { name: 'Prepare e-mail notice…' }).click();
    await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('de');
    await expect(page.getByText('Chosen from their preferred language.')).toBeVisible();
    const frame = page.frameLocator('iframe[title="The notice exactly as it will be sent"]');
    await expect(frame.getByText(`Hallo ${lena.displayName},`)).toBeVisible();
    await expect(frame.getByText('Ihr Team Arbeitsplatz-IT')).toBeVisible();
    await desk.shot('42-notice-preview');
    await desk.expectAccessible();

    await page.getByRole('button', { name: 'Send notice' }).click();
    await expect(page.getByText(/^Accepted by Exchange Online at/)).toBeVisible();
    await desk.shot('43-notice-accepted');
    const sent = emulator.control.sentMail();
    expect(sent).toHaveLength(1);
    const message = sent[0]!.message as Message;
    expect(message.subject).toBe(`Sicherheitshinweis für ${lena.displayName}`);
    expect(message.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([lena.userPrincipalName]);
    expect(message.body.content).toContain('Ihr Team Arbeitsplatz-IT');
    expect(message.body.content).toContain('Der Pass gilt von');
    await expect(page.getByLabel('Temporary Access Pass')).toBeVisible();
  });

  test('asks for the mail permission when it is missing, and a failed send keeps the pass on screen for another try', async ({ desk }) => {
    const { page, emulator } = desk;
    emulator.control.setConsent(['User.Read', 'User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All', 'Policy.Read.AuthenticationMethod', 'RoleManagement.Read.Directory']);
    await desk.signIn(auth.userPrincipalName, auth.password);
    await page.getByRole('button', { name: 'Tenant settings' }).click();
    await page.getByRole('switch', { name: 'Offer the notice after issuing a pass' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();

    await desk.select(lena.displayName);
    await page.getByRole('button', { name: 'Create pass' }).click();
    const pass = page.getByLabel('Temporary Access Pass');
    await expect(pass).toBeVisible();
    await page.getByRole('button', { name: 'Prepare e-mail notice…' }).click();
    await page.getByRole('button', { name: 'Send notice' }).click();
    await expect(page.getByText("TAP Desk hasn't been granted the permissions it needs in this tenant.", { exact: true })).toBeVisible();

    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Grant permission and send' }).click();
    const signInPage = await popup;
    await signInPage.waitForLoadState();
    await signInPage.getByLabel(/user ?name|email/i).fill(auth.userPrincipalName);
    await signInPage.getByLabel(/password/i).fill(auth.password);
    await signInPage.getByRole('button', { name: /sign in/i }).click();
    await expect(signInPage.getByText(/send mail/i).first()).toBeVisible();
    await desk.shot('44-mail-consent', signInPage);
    // Exchange is down when the permission arrives: the send fails, the pass stays.
    emulator.control.addFault({ method: 'POST', pathPattern: '/sendMail$', status: 503 });
    await signInPage.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByText('Microsoft Graph is temporarily unavailable.', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(pass).toBeVisible();
    await desk.shot('45-notice-failed');
    expect(emulator.control.sentMail()).toHaveLength(0);

    emulator.control.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText(/^Accepted by Exchange Online at/)).toBeVisible();
    expect(emulator.control.sentMail()).toHaveLength(1);
    await expect(pass).toBeVisible();
  });
});
