import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { composeApp } from '../../src/main/compose';
import { serveRendererFile } from '../../src/main/shell';
import { loadManagedFile } from '../../src/main/managed';
import { trustedSender } from '../../src/main/ipc/trusted-sender';
import { fileLog } from '../../src/main/platform/file-log';
import { channels } from '../../src/shared/channels';
import { accented } from '../../src/renderer/src/ui/i18n/pseudo-locale';
import { deskPlatform } from '../support/desk-platform';
import { memoryDeps } from '../support/memory-deps';

/** The built renderer is served from this made-up origin through request interception. */
const APP_ORIGIN = 'https://tapdesk.app.test';
const APP_URL = `${APP_ORIGIN}/index.html`;
/** The letters the pseudo locale writes English with. */
const PSEUDO_LETTERS = accented('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
const RENDERER_DIR = join(process.cwd(), 'out/renderer');

/** Undoes the slip's HTML escaping (Mustache's: named and numeric character references). */
const unescapeHtml = (html: string): string =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');

/** The pass on each slip of a printed slip or sheet, in page order, as the person would type it. */
export const passesOnSlips = (html: string): string[] =>
  [...html.matchAll(/<div class="pass">([\s\S]*?)<\/div>/g)].map(([, groups = '']) => unescapeHtml(groups.replace(/<[^>]*>/g, '')));

/** SHA-256 of the emulator certificate's public key: Chromium trusts exactly that key and nothing else. */
const serverKeyPin = (origin: string, ca: string) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const socket = connect({ host: hostname, port: Number(port), ca }, () => {
      const spki = new X509Certificate(socket.getPeerCertificate().raw).publicKey.export({ type: 'spki', format: 'der' });
      const pin = createHash('sha256').update(spki).digest('base64');
      socket.end();
      resolve(pin);
    });
    socket.on('error', reject);
  });

export interface Desk {
  page: Page;
  emulator: RunningEmulator;
  /** The clipboard and window protection main drove. */
  platform: ReturnType<typeof deskPlatform>;
  /**
   * Signs in through the emulator's real sign-in page, as a technician would in the browser. A consent step
   * after the password is accepted, unless `consent: 'leave'` leaves it open on the returned page.
   */
  signIn(username: string, password: string, options?: { consent?: 'accept' | 'leave'; button?: string }): Promise<Page>;
  /** Types a name, takes the first hit with Enter and waits for the person's card. */
  select(name: string): Promise<void>;
  /** Saves a full-page screenshot of the app (or of another page, such as the sign-in page). */
  shot(name: string, target?: Page): Promise<void>;
  expectAccessible(): Promise<void>;
  /**
   * In the pseudo locale: every visible text and accessible label on the page that is neither pseudo-translated
   * (accented) nor inside an element marked `translate="no"` (data), i.e. words that bypassed the catalogue.
   */
  untranslated(): Promise<string[]>;
}

export const test = base.extend<{ desk: Desk; managedFile: string | undefined }, { emulator: RunningEmulator }>({
  /** An organisation's managed configuration file the app starts with, as if it were the machine's. */
  managedFile: [undefined, { option: true }],
  emulator: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const emulator = await startEmulator();
      await use(emulator);
      await emulator.close();
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ launchOptions, emulator }, use) => {
      const pin = await serverKeyPin(emulator.origin, emulator.caCertPem);
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), `--ignore-certificate-errors-spki-list=${pin}`] });
    },
    { scope: 'worker' },
  ],
  desk: async ({ page, context, emulator, managedFile }, use) => {
    await emulator.control.reset();
    const cacheDir = await mkdtemp(join(tmpdir(), 'tapdesk-e2e-'));
    const signInPages: Page[] = [];
    const logLines: string[] = [];
    const policyViolations: string[] = [];
    const { deps, platform, store } = memoryDeps({
      dir: cacheDir,
      emulator,
      onFailure: (channel, code, detail) => logLines.push(`${channel} ${code} ${detail ?? ''}`),
      // The app's own log, kept where the leak scan below reads everything the app wrote.
      log: fileLog({ dir: join(cacheDir, 'logs'), level: 'debug' }),
      openBrowser: async (url) => {
        const signInPage = await context.newPage();
        signInPages.push(signInPage);
        await signInPage.goto(url);
      },
      isTrustedSender: trustedSender(APP_URL),
      // Stands in for sending to the window's frame: the page's own listeners hear it.
      sendEvent: (event, payload) =>
        void page
          .evaluate(([name, value]) => (globalThis as unknown as { __tapdeskEmit: (event: string, payload: unknown) => void }).__tapdeskEmit(name, value), [event, payload] as const)
          .catch(() => undefined),
      ...(managedFile ? { managed: { ...loadManagedFile(managedFile), demoRefused: false } } : {}),
    });
    const { router } = composeApp(deps);

    // Served as the app's own scheme serves it: the built files, and the page with a fresh nonce in its markup and
    // in its Content-Security-Policy header, so every spec runs under the packaged app's policy.
    await page.route(`${APP_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const answer = await serveRendererFile(RENDERER_DIR, request.url(), { method: request.method(), host: new URL(APP_ORIGIN).host });
      await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    });
    // Stands in for the preload: the same named functions, backed by the real router in this process.
    const issuedPasses: string[] = [];
    await page.exposeFunction('__tapdeskInvoke', async (channel: string, input: unknown) => {
      const result = await router.dispatch(channel, { url: page.url(), isMainFrame: true }, input);
      // A cohort's passes reach the page only through the hand-over of one row; the rest only on printed sheets.
      if ((channel === 'tap:create' || channel === 'bulk:hand-over') && result.ok) issuedPasses.push((result.value as { temporaryAccessPass: string }).temporaryAccessPass);
      return result;
    });
    page.on('console', (message) => {
      logLines.push(message.text());
      // Chromium reports each thing the policy blocked, in the page or in a frame, as a console error.
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(`${message.location().url}:${message.location().lineNumber}:${message.location().columnNumber} ${message.text().slice(0, 60)}`);
    });
    await page.addInitScript((map) => {
      type Listener = (payload: unknown) => void;
      const page = globalThis as unknown as { __tapdeskInvoke: (channel: string, input: unknown) => Promise<unknown>; __tapdeskEmit: (event: string, payload: unknown) => void };
      const listeners = new Map<string, Set<Listener>>();
      page.__tapdeskEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
      const on = (event: string, listener: Listener) => {
        listeners.set(event, (listeners.get(event) ?? new Set()).add(listener));
        return () => void listeners.get(event)?.delete(listener);
      };
      const api = { ...Object.fromEntries(Object.entries(map).map(([channel, method]) => [method, (input?: unknown) => page.__tapdeskInvoke(channel, input)])), on };
      Object.defineProperty(globalThis, 'tapdesk', { value: Object.freeze(api) });
    }, channels);
    await page.goto(APP_URL);

    const desk: Desk = {
      page,
      emulator,
      platform,
      async signIn(username, password, options = {}) {
        const popup = context.waitForEvent('page');
        await page.getByRole('button', { name: options.button ?? 'Sign in', exact: true }).click();
        const signInPage = await popup;
        await signInPage.waitForLoadState();
        await signInPage.getByLabel(/user ?name|email/i).fill(username);
        await signInPage.getByLabel(/password/i).fill(password);
        const answered = signInPage.waitForEvent('framenavigated', { predicate: (frame) => frame === signInPage.mainFrame() });
        await signInPage.getByRole('button', { name: /sign in/i }).click();
        await answered;
        // The consent step stays put; the form_post page moves on to the app at once, so its title may be gone.
        const title = await signInPage
          .waitForLoadState('domcontentloaded')
          .then(() => signInPage.title())
          .catch(() => '');
        if (title === 'Permissions requested' && options.consent !== 'leave') {
          await signInPage.getByRole('button', { name: 'Accept', exact: true }).click();
        }
        return signInPage;
      },
      async select(name) {
        const search = page.getByLabel('Find a person');
        await search.fill(name);
        await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
        await search.press('Enter');
        await expect(page.getByRole('heading', { name })).toBeVisible();
      },
      async shot(name, target = page) {
        await target.screenshot({ path: join('test-results', 'screenshots', `${name}.png`), fullPage: true, animations: 'disabled' });
      },
      async untranslated() {
        return page.evaluate((accentedLetters) => {
          const accentedOrMarked = new RegExp(`[⟦⟧${accentedLetters}]`, 'u');
          const isData = (element: Element | null) => Boolean(element?.closest('[translate="no"]'));
          const visible = (element: Element) => {
            const style = getComputedStyle(element);
            return style.visibility !== 'hidden' && style.display !== 'none' && element.getClientRects().length > 0;
          };
          const found: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            const parent = node.parentElement;
            if (!parent || !/\p{L}/u.test(text) || accentedOrMarked.test(text) || isData(parent)) continue;
            if (parent.closest('script, style, [data-tabster-dummy]') || !visible(parent)) continue;
            found.push(text);
          }
          for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
            if (isData(element) || !visible(element)) continue;
            for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
              const value = element.getAttribute(name)?.trim() ?? '';
              if (/\p{L}/u.test(value) && !accentedOrMarked.test(value)) found.push(`${name}="${value}"`);
            }
          }
          return [...new Set(found)];
        }, PSEUDO_LETTERS);
      },
      async expectAccessible() {
        // Fluent's focus library plants aria-hidden focus guards on purpose; axe misreads them
        // (https://github.com/microsoft/tabster/issues/288), as Accessibility Insights also concluded.
        // Mail previews are script-less sandboxed frames axe cannot enter; their HTML is the tenant's own mail.
        // Colours are judged at rest: Fluent's controls fade between states (a button greys while the pass status is
        // being read), and a loaded machine can catch that fade half-way. Fluent shortens every transition to 0.01 ms
        // for people who ask for reduced motion, so the check asks for it too and lets running fades end first.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              // A spinner turns for ever; only fades that end are waited for.
              .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
              .map((animation) => animation.finished.catch(() => undefined)),
          ),
        );
        const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').exclude('iframe').analyze();
        await page.emulateMedia({ reducedMotion: null });
        // Each node's markup and axe's reason, so that a failure seen only on another machine can be read from its log.
        const found = violations.flatMap((violation) =>
          violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.html} (${node.failureSummary ?? ''})`),
        );
        expect(found).toEqual([]);
      },
    };
    await use(desk);
    await Promise.all(signInPages.map((signInPage) => signInPage.close().catch(() => undefined)));
    // Everything the app wrote or logged during the test, searched for every pass it issued: one by one, handed
    // over from a cohort, or printed on a slip or a cohort's sheet.
    const written = [
      // The token cache, logos, the desk journal (one folder per tenant profile) and the log.
      ...(await Promise.all(
        (await readdir(cacheDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), 'latin1')),
      )),
      JSON.stringify([...store.data]),
      JSON.stringify(emulator.control.requestLog()),
      JSON.stringify(emulator.control.sentMail()),
      ...logLines,
    ].join('\n');
    await rm(cacheDir, { recursive: true, force: true });
    const printedPasses = platform.slips.flatMap((slip) => passesOnSlips(slip.html));
    expect([...new Set([...issuedPasses, ...printedPasses])].filter((pass) => written.includes(pass))).toEqual([]);
    // The packaged policy held for everything the spec showed: no style, script, image or frame was blocked.
    expect(policyViolations).toEqual([]);
  },
});

export { expect };
