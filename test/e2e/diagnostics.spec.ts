import { readFile } from 'node:fs/promises';
import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test } from './harness';

const { auth } = demoTechnicians;

test('the service desk gets diagnostics with the request id of a failure, and neither they nor the log hold the pass', async ({ desk, emulator }) => {
  const { page } = desk;
  await desk.signIn(auth.userPrincipalName, auth.password);
  emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users$', status: 500, times: 1 });
  await page.getByLabel('Find a person').fill('lena');
  const requestId = page.getByRole('textbox', { name: 'Request ID' });
  await expect(requestId).toBeVisible();
  const failedRequest = await requestId.inputValue();
  expect(failedRequest).toMatch(/^[0-9a-f-]{36}$/);

  await desk.select(demoPeople.inScope.displayName);
  await page.getByRole('button', { name: 'Create pass' }).click();
  const pass = page.getByLabel('Temporary Access Pass');
  await expect(pass).toHaveText(/^\S{8}$/);
  const code = (await pass.textContent())!;

  // From the keyboard, while the pass is still on screen and held by main.
  await page.getByRole('button', { name: 'Help' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Copy diagnostics for the service desk' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Diagnostics copied' });
  await expect(dialog).toContainText('the last problem with its request id');
  await desk.shot('diagnostics-copied');
  await desk.expectAccessible();

  const report = desk.platform.clipboard.text();
  expect(report).toContain(`users:search  service_unavailable  HTTP 500  request-id ${failedRequest}`);
  expect(report).toContain(`Account: ${auth.userPrincipalName}`);
  expect(report).not.toContain(code);
  const logFile = (await dialog.locator('[translate="no"]').textContent())!;
  const log = await readFile(logFile, 'utf8');
  expect(log).toContain(`request.failed channel=users:search code=service_unavailable status=500 requestId=${failedRequest}`);
  expect(log).toMatch(/\[debug\] request\.ok channel=tap:create ms=\d+/);
  expect(log).not.toContain(code);

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused();
});
