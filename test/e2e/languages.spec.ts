import { demoPeople, demoTechnicians } from '../../src/emulator';
import { accented } from '../../src/renderer/src/ui/i18n/pseudo-locale';
import { expect, test } from './harness';

const { auth } = demoTechnicians;
const person = demoPeople.inScope;

/** An English message as the pseudo locale shows it. */
const px = (english: string) => `⟦${accented(english)}⟧`;

test.describe('in German, as the OS asks', () => {
  test.use({ locale: 'de-DE' });

  test('the whole desk flow speaks German, and reads the pass out with the German spelling alphabet', async ({ desk }) => {
    const { page } = desk;
    await expect(page.getByRole('button', { name: 'Anmelden', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await desk.shot('de-01-sign-in');
    await desk.expectAccessible();

    await desk.signIn(auth.userPrincipalName, auth.password, { button: 'Anmelden' });
    const search = page.getByLabel('Person suchen');
    await expect(search).toBeFocused();
    await search.fill('lena');
    await expect(page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first()).toBeVisible();
    await search.press('Enter');
    await expect(page.getByRole('heading', { name: person.displayName })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pass erstellen' })).toBeFocused();
    await desk.shot('de-02-person');
    await desk.expectAccessible();

    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Befristeter Zugriffspass', { exact: true })).toHaveText(/^\S{8}$/);
    // Lena's preferred language is German: the pass is spelt with DIN 5009 words.
    await expect(page.getByLabel('Buchstabiertafel')).toContainText('Deutsch');
    await desk.shot('de-03-pass');
    await desk.expectAccessible();

    // Escape in Copy pass hides the pass and keeps it; Next person asks before it is gone for good.
    const pass = page.getByLabel('Befristeter Zugriffspass', { exact: true });
    const code = await pass.textContent();
    await page.getByRole('button', { name: 'Zugriffspass kopieren' }).focus();
    await page.keyboard.press('Escape');
    await expect(pass).not.toHaveText(code ?? '');
    await page.getByRole('button', { name: 'Zugriffspass anzeigen' }).click();
    await expect(pass).toHaveText(code ?? '');
    await page.getByRole('button', { name: 'Nächste Person' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Diesen Zugriffspass vom Bildschirm verwerfen?' });
    await expect(ask.getByRole('button', { name: 'Auf dem Bildschirm behalten' })).toBeFocused();
    await desk.shot('de-04-discard');
    await desk.expectAccessible();
    await page.keyboard.press('Escape');
    await expect(pass).toHaveText(code ?? '');
    await page.getByRole('button', { name: 'Nächste Person' }).click();
    await ask.getByRole('button', { name: 'Verwerfen' }).click();
    await expect(pass).toHaveCount(0);
    await expect(page.getByLabel('Person suchen')).toBeFocused();
  });
});

test.describe('in the pseudo locale', () => {
  test.use({ locale: 'en-XA' });

  test('no visible word or label bypasses the message catalogue, on any screen of the desk', async ({ desk }) => {
    // Every screen, the cohort's included: 52 s alone, more beside another spec.
    test.setTimeout(120_000);
    const { page } = desk;
    await expect(page.getByRole('button', { name: px('Sign in'), exact: true })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-01-sign-in');

    await desk.signIn(auth.userPrincipalName, auth.password, { button: px('Sign in') });
    const search = page.getByLabel(px('Find a person'));
    await expect(search).toBeFocused();
    expect(await desk.untranslated()).toEqual([]);

    // A throttled search: the wait notice with its countdown, then the error box once the technician stops waiting.
    desk.emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 429, retryAfterSeconds: 5 });
    await search.fill('lena');
    const notice = page.getByRole('status', { name: px('Waiting for Microsoft') });
    await expect(notice.getByRole('button', { name: px('Stop waiting') })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await notice.getByRole('button', { name: px('Stop waiting') }).click();
    await expect(page.getByText(px('You stopped waiting for Microsoft Graph.')).first()).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-02-stopped-waiting');
    desk.emulator.control.clearFaults();

    await search.fill('');
    await search.fill('lena');
    await expect(page.getByRole('listbox', { name: px('Search results') }).getByRole('option').first()).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await search.press('Enter');
    await expect(page.getByRole('heading', { name: person.displayName })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-03-person');

    await page.getByRole('button', { name: px('Language and theme') }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: px('Create pass') }).click();
    await expect(page.getByLabel(px('Temporary Access Pass'), { exact: true })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-04-pass');

    await page.getByRole('button', { name: px('Next person') }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await page.getByRole('alertdialog').getByRole('button', { name: px('Discard') }).click();

    // The journal: today's pass with its status, the tenant view (this role may not read Entra's log), the report.
    await search.press('Control+j');
    const journal = page.getByRole('dialog', { name: px('Desk journal') });
    await expect(journal.getByText(px('Waiting for first sign-in'))).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-06-journal-today');
    await journal.getByRole('tab', { name: px('Passes in this tenant') }).click();
    await expect(journal.getByText(px('Your role cannot read Entra’s audit log'))).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await journal.getByRole('tab', { name: px('Daily report') }).click();
    await expect(journal.getByRole('table').first()).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-07-journal-report');
    await page.keyboard.press('Escape');

    // A cohort: pasted rows, what the check found, the run's results and each way of handing the passes over.
    const { csv } = desk.emulator.control.seedCohort({ count: 3, hireDate: '2031-03-02', seed: 4, specials: { guest: 1, disabled: 0, privileged: 0, excluded: 0, holdsPass: 1 } });
    await search.press('Control+Shift+K');
    await expect(page.getByRole('heading', { name: px('Cohort onboarding') })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await page.getByRole('tab', { name: px('Paste') }).click();
    await page.getByLabel(px('Rows copied from Excel or Google Sheets')).fill(csv);
    await page.getByRole('button', { name: px('Read the rows') }).click();
    const check = page.getByRole('button', { name: px('Check 3 people') });
    await expect(check).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-08-cohort-list');
    await check.click();
    await expect(page.getByRole('heading', { name: px('What the check found') })).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-09-cohort-review');
    await page.getByRole('button', { name: px('Issue 1 pass') }).click();
    const views = page.getByRole('tablist', { name: px('Results and hand-over') });
    await expect(views).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-10-cohort-results');
    for (const view of ['Desk queue (1)', 'Sheet', 'Notices']) {
      await views.getByRole('tab', { name: px(view) }).click();
      await expect(views.getByRole('tab', { name: px(view), selected: true })).toBeVisible();
      expect(await desk.untranslated(), view).toEqual([]);
    }
    await page.getByRole('button', { name: px('Close batch') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: px('Close and wipe') }).click();
    await expect(page.getByText(px('Batch closed. TAP Desk no longer holds any of its passes.'))).toBeVisible();
    await page.getByRole('button', { name: px('Back to single passes') }).click();

    await page.getByRole('button', { name: px('Tenant settings') }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await desk.untranslated()).toEqual([]);
    await desk.shot('xa-05-settings');
  });
});
