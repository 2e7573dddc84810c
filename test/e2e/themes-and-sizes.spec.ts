import type { Page } from '@playwright/test';
import { demoPeople, demoTechnicians } from '../../src/emulator';
import { expect, test, type Desk } from './harness';

const { auth } = demoTechnicians;

const theme = (page: Page) => page.locator('.fui-FluentProvider').first();

const issuePass = async (desk: Desk) => {
  await desk.signIn(auth.userPrincipalName, auth.password);
  await desk.select(demoPeople.inScope.displayName);
  await desk.page.getByRole('button', { name: 'Create pass' }).click();
  const pass = desk.page.getByLabel('Temporary Access Pass', { exact: true });
  await expect(pass).toHaveText(/^\S{8}$/);
  return pass;
};

/** The window's content fits its width: nothing scrolls sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('the OS theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows a dark OS, forced colours and the technician’s own choice, readable and accessible in each', async ({ desk }) => {
    const { page } = desk;
    await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
    await issuePass(desk);
    await desk.shot('theme-dark-pass');
    await desk.expectAccessible();

    await page.emulateMedia({ forcedColors: 'active' });
    await expect(theme(page)).toHaveAttribute('data-theme', 'high-contrast');
    await desk.shot('theme-forced-colours-pass');
    await desk.expectAccessible();
    await page.emulateMedia({ forcedColors: 'none' });

    await page.getByRole('button', { name: 'Language and theme' }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect(theme(page)).toHaveAttribute('data-theme', 'light');
    await desk.shot('theme-light-chosen-on-dark-os');
    await page.reload();
    await expect(theme(page)).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('every size', () => {
  const sizes = [
    { name: '800x600', width: 800, height: 600 },
    { name: 'minimum-880x620', width: 880, height: 620 },
    { name: '1024x700', width: 1024, height: 700 },
    // A 1366×768 screen at 150 % scaling lays out in 911×512 CSS pixels.
    { name: '1366x768-at-150', width: 911, height: 512 },
    // A 1280×860 window at 200 % zoom lays out in half as many CSS pixels.
    { name: 'zoom-200', width: 640, height: 430 },
  ];

  test('keeps the pass whole and in view, in one column, without sideways scrolling', async ({ desk }) => {
    const { page } = desk;
    const pass = await issuePass(desk);
    for (const size of sizes) {
      await test.step(size.name, async () => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await expect.poll(() => scrollsSideways(page)).toBe(false);
        const box = await pass.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
        await page.getByRole('button', { name: 'Next person' }).focus();
        await expect(pass).toBeInViewport();
        await desk.shot(`size-${size.name}-pass`);
      });
    }
    await desk.expectAccessible();
  });
});
