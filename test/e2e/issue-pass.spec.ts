import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test } from './harness';

const { auth, privAuth } = demoTechnicians;

test.describe('a technician at the desk', () => {
  test('signs in through the tenant sign-in page, finds a person and issues a pass', async ({ desk }) => {
    const { page } = desk;
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await desk.shot('01-sign-in');
    await desk.expectAccessible();

    const signInPage = await desk.signIn(auth.userPrincipalName, 'not the password');
    await expect(signInPage.getByRole('alert')).toContainText('AADSTS50126');
    await desk.shot('02-tenant-sign-in-wrong-password', signInPage);
    await signInPage.getByLabel('Password').fill(auth.password);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();

    const search = page.getByLabel('Find a person');
    await expect(search).toBeFocused();
    await expect(page.getByText(auth.displayName).first()).toBeVisible();
    await search.fill('lena');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: new RegExp(demoPeople.inScope.displayName) })).toBeVisible();
    await desk.shot('03-search');
    await desk.expectAccessible();

    await search.press('Enter');
    await expect(page.getByRole('heading', { name: demoPeople.inScope.displayName })).toBeVisible();
    const create = page.getByRole('button', { name: 'Create pass' });
    await expect(create).toBeFocused();
    await desk.shot('04-person');
    await desk.expectAccessible();

    await page.keyboard.press('Enter');
    const pass = page.getByLabel('Temporary Access Pass');
    await expect(pass).toBeVisible();
    await expect(pass).toHaveText(/^\S{8}$/);
    await desk.shot('05-pass');
    await desk.expectAccessible();
    expect(await page.title()).not.toContain(await pass.textContent());

    await page.getByRole('button', { name: 'Next person' }).click();
    await page.getByRole('alertdialog', { name: 'Discard this pass from the screen?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(pass).toHaveCount(0);
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
  });

  test('replaces an existing pass only after saying so', async ({ desk }) => {
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(demoPeople.withActivePass.displayName);
    const create = desk.page.getByRole('button', { name: 'Create pass' });
    await expect(create).toBeDisabled();
    await desk.shot('10-existing-pass');
    await desk.page.getByLabel('Replace the existing pass').check();
    await create.click();
    await expect(desk.page.getByLabel('Temporary Access Pass')).toBeVisible();
  });

  test('is asked before a pass issued at another desk is replaced, and told when a lost answer was made good', async ({ desk }) => {
    const { page, emulator } = desk;
    const lena = demoPeople.inScope;
    await desk.signIn(privAuth.userPrincipalName, privAuth.password);
    await desk.select(lena.displayName);
    await expect(page.getByRole('button', { name: 'Create pass' })).toBeFocused();
    const elsewhere = emulator.control.issuePassElsewhere(lena.id);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Another pass was issued for this person since you looked.').first()).toBeVisible();
    const replace = page.getByLabel('Replace the existing pass');
    await expect(replace).toBeFocused();
    expect(emulator.control.passOf(lena.id)?.['id']).toBe(elsewhere['id']);
    await desk.shot('16-pass-issued-elsewhere');
    await desk.expectAccessible();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Temporary Access Pass')).toBeVisible();
    await expect(page.getByText(/^Replaced the pass issued/)).toBeVisible();

    await page.getByRole('button', { name: 'Next person' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
    await desk.select(lena.displayName);
    await page.getByLabel('Replace the existing pass').check();
    emulator.control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', drop: true, afterHandler: true, times: 1 });
    await page.getByRole('button', { name: 'Create pass' }).click();
    const pass = page.getByLabel('Temporary Access Pass');
    await expect(pass).toBeVisible();
    await expect(page.getByRole('note')).toContainText('The first attempt went through but its answer was lost');
    await desk.shot('17-lost-answer-made-good');
    await desk.expectAccessible();
  });

  test('is stopped before Create when the tenant has turned passes off', async ({ desk }) => {
    desk.emulator.control.setPolicy({ state: 'disabled' });
    await desk.signIn(privAuth.userPrincipalName, privAuth.password);
    await desk.select(demoPeople.inScope.displayName);
    await expect(desk.page.getByText(/turned off/i).first()).toBeVisible();
    await expect(desk.page.getByRole('button', { name: 'Create pass' })).toBeDisabled();
    await desk.shot('11-policy-disabled');
  });

  test('learns that the person is outside the policy when the service refuses', async ({ desk }) => {
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(demoPeople.outOfScope.displayName);
    await desk.page.getByRole('button', { name: 'Create pass' }).click();
    await expect(desk.page.getByText("The tenant's pass policy doesn't cover this person.").first()).toBeVisible();
    await expect(desk.page.getByLabel('Temporary Access Pass')).toHaveCount(0);
    await desk.shot('12-out-of-scope');
    await desk.expectAccessible();
  });

  test('cannot issue a pass to an external guest', async ({ desk }) => {
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(demoPeople.guest.displayName);
    await expect(desk.page.getByText(/external guest/i).first()).toBeVisible();
    await expect(desk.page.getByRole('button', { name: 'Create pass' })).toBeDisabled();
    await desk.shot('13-external-guest');
  });

  test('gets the lifetime corrected to the range the tenant allows', async ({ desk }) => {
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(demoPeople.inScope.displayName);
    const lifetime = desk.page.getByLabel('Lifetime (minutes)');
    await lifetime.fill('1440');
    await desk.page.getByRole('button', { name: 'Create pass' }).click();
    await expect(desk.page.getByText('This tenant allows 1 hour–8 hours; lifetime set to 8 hours. Press Create again.').first()).toBeVisible();
    await expect(lifetime).toHaveValue('480');
    await desk.shot('14-lifetime-corrected');
    await desk.page.getByRole('button', { name: 'Create pass' }).click();
    await expect(desk.page.getByLabel('Temporary Access Pass')).toBeVisible();
    const validity = async (term: string) => Date.parse((await desk.page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd').textContent()) ?? '');
    expect((await validity('Expires')) - (await validity('Starts'))).toBe(480 * 60_000);
  });

  test('as an Authentication Administrator cannot issue for an admin', async ({ desk }) => {
    await desk.signIn(auth.userPrincipalName, auth.password);
    await desk.select(demoPeople.globalAdmin.displayName);
    await expect(desk.page.getByText(/admin role/i).first()).toBeVisible();
    await expect(desk.page.getByRole('button', { name: 'Create pass' })).toBeDisabled();
    await desk.shot('15-admin-target');
  });

  test('hears how long Microsoft asked it to wait while searching, and can stop waiting', async ({ desk }) => {
    const { page, emulator } = desk;
    await desk.signIn(auth.userPrincipalName, auth.password);
    emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 429, retryAfterSeconds: 4 });
    await page.getByLabel('Find a person').fill('lena');
    const notice = page.getByRole('status', { name: 'Waiting for Microsoft' });
    await expect(notice).toContainText(/Microsoft asked TAP Desk to wait [1-4] s before searching the directory again\./);
    await desk.shot('16-search-throttled');
    await desk.expectAccessible();
    await notice.getByRole('button', { name: 'Stop waiting' }).click();
    await expect(page.getByText('You stopped waiting for Microsoft Graph.').first()).toBeVisible();
    await expect(page.getByText(/Microsoft asked TAP Desk to wait/)).toHaveCount(0);
    emulator.control.clearFaults();
  });
});
