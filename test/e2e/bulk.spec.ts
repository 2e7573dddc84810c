import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { demoTechnicians, type CohortMember, type CohortSpecial } from '../../src/emulator';
import { slipLanguages, slipText } from '../../src/main/handoff/slip/slip-text';
import { defaultTenantSettings } from '../../src/shared';
import { expect, passesOnSlips, test, type Desk } from './harness';

/*
 * A cohort of new hires from HR's file to passes in hand, as a technician walks it: the list read and mapped,
 * every finding of the check on screen, the run, the sheet on paper, the desk queue into the handoff screen and
 * back, the journal; then a slow run cancelled half-way.
 */

const run = promisify(execFile);
const { privAuth } = demoTechnicians;
const noSpecials: Record<CohortSpecial, number> = { guest: 0, disabled: 0, privileged: 0, excluded: 0, holdsPass: 0 };

/** A calendar day two weeks ahead, so every pass starts on its person's first day. */
const hireDate = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const squeezed = (text: string) => text.replace(/\s+/g, '');
/** pdftotext drops a hyphen it finds at the end of a line, as it would a hyphenation. */
const loose = (text: string) => squeezed(text).replace(/-/g, '');

/** The slip language the tenant's default settings give a person: their own, else their usage location's, else the default. */
const languageOf = (person: CohortMember): string => {
  const { byUsageLocation, defaultLanguage } = defaultTenantSettings().languages;
  const candidates = [person.preferredLanguage, byUsageLocation[person.usageLocation]].map((tag) => tag?.toLowerCase().split('-')[0]);
  return candidates.find((language) => language !== undefined && slipLanguages.includes(language)) ?? defaultLanguage;
};

/** The workspace, without the live region that repeats what is announced. */
const mainOf = ({ page }: Desk) => page.getByRole('main');

/** The review's choices whose text is wider than the select shows, measured in the select's own font. */
const clippedChoices = ({ page }: Desk) =>
  page
    .getByRole('table', { name: 'People of the cohort' })
    .locator('select')
    .evaluateAll((selects) =>
      (selects as HTMLSelectElement[])
        .filter((select) => {
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return context.measureText(select.selectedOptions[0]?.text ?? '').width > room;
        })
        .map((select) => select.getAttribute('aria-label')),
    );

/** Whether the header's brand, account and last action sit on one row. */
const headerInOneRow = async ({ page }: Desk) => {
  const banner = page.getByRole('banner');
  const boxes = await Promise.all(
    [banner.getByRole('heading', { name: 'TAP Desk' }), banner.getByRole('button', { name: /^Cohort/ }), banner.getByRole('button', { name: 'Sign out' })].map(
      async (part) => (await part.boundingBox())!,
    ),
  );
  return boxes.every((box) => box.y < boxes[0]!.y + boxes[0]!.height && boxes[0]!.y < box.y + box.height);
};

/**
 * Signs in and opens the bulk screen with the header's button, or its shortcut. The sign-in page opened last is
 * in front, and Chromium draws a page behind it about once a second, which every click's wait for a still element
 * pays twice: the desk window comes to the front, as the app's own window does after sign-in.
 */
const openCohort = async (desk: Desk, way: 'button' | 'shortcut') => {
  const { page } = desk;
  await desk.signIn(privAuth.userPrincipalName, privAuth.password);
  await page.bringToFront();
  if (way === 'shortcut') {
    await page.keyboard.press('Control+Shift+K');
  } else {
    await page.getByRole('button', { name: 'Cohort', exact: true }).click();
    // The button's tooltip stays out of the screenshots.
    await page.mouse.move(0, 0);
  }
  await expect(page.getByRole('heading', { name: 'Cohort onboarding' })).toBeVisible();
};

/** Gives the list to the File tab's file input, as the system dialog would. */
const chooseList = async (desk: Desk, csv: string) => {
  const { page } = desk;
  const work = await mkdtemp(join(tmpdir(), 'tapdesk-cohort-'));
  try {
    const file = join(work, 'new-hires.csv');
    await writeFile(file, csv);
    await page.getByLabel('Cohort list (CSV or text file)').setInputFiles(file);
    await expect(mainOf(desk).getByText('Read from new-hires.csv.')).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

/** The sheet as it reaches paper (A5, as the platform's PDF output asks), page by page as pdftotext reads it. */
const sheetPages = async (browser: Browser, html: string, screenshot: string): Promise<{ pages: number; texts: string[] }> => {
  const page = await browser.newPage();
  const work = await mkdtemp(join(tmpdir(), 'tapdesk-sheet-'));
  try {
    await page.setContent(html);
    const pdf = join(work, 'sheet.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A5', printBackground: true }));
    const [{ stdout: info }, { stdout: text }] = await Promise.all([run('pdfinfo', [pdf]), run('pdftotext', [pdf, '-'])]);
    await mkdir('test-results/screenshots', { recursive: true });
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, join('test-results/screenshots', screenshot)]);
    // pdftotext ends every page with a form feed.
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), texts: text.split('\f').slice(0, -1) };
  } finally {
    await page.close();
    await rm(work, { recursive: true, force: true });
  }
};

/** The person a slip is for, by the sign-in name printed on it (the longest that fits: one may end another). */
const personOnPage = (text: string, people: readonly CohortMember[]): CohortMember | undefined =>
  people.filter((person) => squeezed(text).includes(person.userPrincipalName)).sort((a, b) => b.userPrincipalName.length - a.userPrincipalName.length)[0];

test.describe('a cohort of new hires', () => {
  test('from HR’s file through the check, the run, the sheet and the desk queue to the journal', async ({ desk, browser }) => {
    test.setTimeout(120_000);
    const { page, emulator, platform } = desk;
    const main = mainOf(desk);
    const { people, csv } = emulator.control.seedCohort({ count: 25, hireDate: hireDate(), specials: { guest: 1, disabled: 1, privileged: 1, excluded: 1, holdsPass: 2 } });
    const special = (kind: CohortSpecial) => people.filter((person) => person.special === kind);
    const ordinary = people.filter((person) => person.special === null);
    const lineOf = (person: CohortMember) => people.indexOf(person) + 2;
    const heldBefore = new Map(special('holdsPass').map((person) => [person.id, emulator.control.passOf(person.id)?.id]));
    // Line 27 names nobody; line 28 names an earlier person by employee ID, which only the directory tells apart;
    // line 29 repeats line 2 word for word, which the list itself shows.
    const twice = ordinary[1]!;
    const repeated = csv.split('\r\n')[1]!;
    const list = `${csv}nobody.here@contoso.example,,,,,\r\n,,${twice.employeeId},,,\r\n${repeated}\r\n`;

    await openCohort(desk, 'button');
    await chooseList(desk, list);
    const preview = page.getByRole('table', { name: 'The first rows of the list, with what each column holds' });
    await expect(preview.getByRole('combobox', { name: 'What column 1 holds' })).toHaveValue('userPrincipalName');
    await expect(preview.getByRole('combobox', { name: 'What column 3 holds' })).toHaveValue('employeeId');
    await expect(preview).toContainText(people[0]!.userPrincipalName);
    await expect(main.getByText('27 people found in the list.')).toBeVisible();
    await expect(main.getByText(`Line 29: “${people[0]!.userPrincipalName}” is already on line 2. This line is left out.`)).toBeVisible();
    await desk.shot('65-cohort-source');

    await page.getByRole('button', { name: 'Check 27 people' }).click();
    await expect(page.getByRole('heading', { name: 'What the check found' })).toBeVisible({ timeout: 30_000 });
    await expect(main.getByText(/^27 people checked at /)).toBeVisible();
    const filters = page.getByRole('group', { name: 'Show people by finding' });
    const table = page.getByRole('table', { name: 'People of the cohort' });
    const tableRows = table.locator('tbody tr');
    const findings: [filter: string, title: string, shown: CohortMember[] | string][] = [
      ['2 hold a pass', 'Holds a pass', special('holdsPass')],
      ['1 disabled account', 'Account disabled', special('disabled')],
      ['1 admin', 'Admin role', special('privileged')],
      ['1 guest', 'External guest', special('guest')],
      ['1 outside the policy', 'Outside the pass policy', special('excluded')],
      ['1 not found', 'Not found', 'nobody.here@contoso.example'],
      ['1 listed twice', `The same person as on line ${lineOf(twice)}: only that line gets a pass.`, twice.employeeId],
    ];
    for (const [filter, title, shown] of findings) {
      await filters.getByRole('button', { name: filter, exact: true }).click();
      const expected = typeof shown === 'string' ? [shown] : shown.map((person) => person.userPrincipalName);
      await expect(tableRows).toHaveCount(expected.length);
      for (const [index, text] of expected.entries()) await expect(tableRows.nth(index)).toContainText(text);
      await expect(tableRows.first()).toContainText(title);
    }
    await filters.getByRole('button', { name: '19 ready', exact: true }).click();
    await expect(tableRows).toHaveCount(19);
    await filters.getByRole('button', { name: 'All: 27', exact: true }).click();
    await expect(tableRows).toHaveCount(27);

    // Holding a pass is skipped unless the technician asks, and replacing them all is asked once more.
    for (const person of special('holdsPass')) await expect(page.getByRole('combobox', { name: `Choice for line ${lineOf(person)}` })).toHaveValue('skip');
    await page.getByRole('group', { name: 'For everyone' }).getByRole('button', { name: 'Replace every existing pass' }).click();
    const replaceAll = page.getByRole('alertdialog', { name: 'Replace 2 existing passes?' });
    await expect(replaceAll.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await replaceAll.getByRole('button', { name: 'Replace 2 passes' }).click();
    for (const person of special('holdsPass')) await expect(page.getByRole('combobox', { name: `Choice for line ${lineOf(person)}` })).toHaveValue('replace');
    await expect(main.getByText('2 of them replace a pass the person holds.')).toBeVisible();
    await desk.shot('66-cohort-review');
    await desk.expectAccessible();
    expect(await clippedChoices(desk)).toEqual([]);
    expect(await headerInOneRow(desk)).toBe(true);
    // At 800×600, and at 200 % zoom of a 1280×860 window: every choice still reads whole, and nothing runs off the side.
    for (const [width, height] of [[1024, 700], [800, 600], [640, 430]] as const) {
      await page.setViewportSize({ width, height });
      expect(await clippedChoices(desk), `${width}×${height}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${width}×${height}`).toBe(true);
      await desk.shot(`66-cohort-review-${width}x${height}`);
    }
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole('button', { name: 'Issue 21 passes' }).click();
    await expect(main.getByText('Done: 21 issued · 0 refused · 0 failed · 6 skipped.')).toBeVisible({ timeout: 30_000 });
    const issuedPeople = [...ordinary, ...special('holdsPass')];
    for (const person of issuedPeople) expect(emulator.control.passOf(person.id), person.userPrincipalName).not.toBeNull();
    for (const person of special('holdsPass')) expect(emulator.control.passOf(person.id)?.id).not.toBe(heldBefore.get(person.id));
    for (const person of [...special('disabled'), ...special('privileged'), ...special('guest'), ...special('excluded')]) expect(emulator.control.passOf(person.id)).toBeNull();
    const outcomes = page.getByLabel('Show', { exact: true });
    await expect(outcomes.locator('option')).toHaveText(['Everyone (27)', 'Waiting for their pass (21)', 'Issued (21)', 'Skipped (6)', 'Refused (0)', 'Failed (0)']);
    const results = page.getByRole('region', { name: '27 people, in list order' }).getByRole('row');
    await expect(results.filter({ hasText: special('holdsPass')[0]!.userPrincipalName })).toContainText('It replaced the pass they had.');
    await expect(results.filter({ hasText: special('disabled')[0]!.userPrincipalName })).toContainText('Skipped, as you chose.');
    await desk.shot('68-cohort-results');
    await desk.expectAccessible();

    // The sheet: one page per person still waiting, each in that person's language, each with its own pass.
    await page.getByRole('tab', { name: 'Sheet' }).click();
    await expect(main.getByText('The sheet has 21 pages: one slip per person still waiting, each in that person’s language.')).toBeVisible();
    await page.getByRole('button', { name: 'Print the sheet' }).click();
    await expect(main.getByText('21 pages went to the printer.')).toBeVisible();
    await desk.shot('69-cohort-sheet');
    const sheet = platform.slips.at(-1)!;
    expect(sheet.output).toBe('print');
    const codes = passesOnSlips(sheet.html);
    expect(new Set(codes).size).toBe(21);
    const printed = await sheetPages(browser, sheet.html, '70-cohort-sheet-page');
    expect(printed.pages).toBe(21);
    expect(printed.texts).toHaveLength(21);
    const codeOf = new Map<string, string>();
    for (const [index, text] of printed.texts.entries()) {
      const person = personOnPage(text, issuedPeople);
      expect(person, `the person on page ${index + 1}`).toBeDefined();
      expect(loose(text), `page ${index + 1} in ${languageOf(person!)}`).toContain(loose(slipText(languageOf(person!)).title));
      expect(codes.filter((code) => squeezed(text).includes(code)), `the pass on page ${index + 1}`).toEqual([codes[index]]);
      codeOf.set(person!.id, codes[index]!);
    }
    expect(codeOf.size).toBe(21);
    expect(new Set(issuedPeople.map(languageOf)).size).toBeGreaterThan(1);

    // The desk queue: part of a name, Enter, the single flow's handoff screen, Next person, back to the queue.
    const unique = issuedPeople.filter((person) => {
      const part = person.displayName.split(' ').at(-1)!.toLocaleLowerCase();
      return issuedPeople.filter((other) => `${other.displayName} ${other.userPrincipalName}`.toLocaleLowerCase().includes(part)).length === 1;
    });
    expect(unique.length).toBeGreaterThanOrEqual(2);
    const search = page.getByRole('combobox', { name: 'Person to hand over' });
    const queue = page.getByRole('listbox', { name: 'People waiting for their pass' });
    for (const [index, person] of unique.slice(0, 2).entries()) {
      const part = person.displayName.split(' ').at(-1)!;
      await page.getByRole('tab', { name: `Desk queue (${21 - index})` }).click();
      await search.fill(part);
      await expect(queue.getByRole('option')).toHaveCount(1);
      await expect(queue.getByRole('option')).toContainText(person.userPrincipalName);
      if (index === 0) await desk.shot('71-cohort-queue');
      await search.press('Enter');
      await expect(page.getByLabel('Temporary Access Pass')).toHaveText(codeOf.get(person.id)!);
      await expect(page.getByRole('heading', { name: `Pass for ${person.displayName}` })).toBeVisible();
      if (index === 0) await desk.shot('72-cohort-handoff');
      await page.getByRole('button', { name: 'Next person' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
      await expect(search).toBeFocused();
      await expect(page.getByRole('tab', { name: `Desk queue (${20 - index})`, selected: true })).toBeVisible();
      await expect(main.getByText(`${20 - index} people waiting for their pass.`)).toBeVisible();
      await search.fill(part);
      await expect(main.getByText(`Nobody waiting matches “${part}”.`)).toBeVisible();
      await search.fill('');
    }
    await page.getByRole('tab', { name: 'Results' }).click();
    for (const person of unique.slice(0, 2)) await expect(results.filter({ hasText: new RegExp(`Line ${lineOf(person)}(?!\\d)`) })).toContainText('Handed over.');

    await page.getByRole('tab', { name: 'Notices' }).click();
    await expect(page.getByRole('radiogroup', { name: 'Send each notice to' })).toBeVisible();
    await desk.shot('73-cohort-notices');

    await page.keyboard.press('Control+j');
    const journal = page.getByRole('dialog', { name: 'Desk journal' });
    await expect(journal.getByRole('list', { name: 'Cohorts issued today' })).toContainText('21 passes issued, 0 refused, 0 failed, of 21 people');
    await desk.shot('74-cohort-journal');
    await page.keyboard.press('Escape');
    await expect(journal).toHaveCount(0);
  });

  test('stops a slow run half-way when asked, and says who was reached', async ({ desk }) => {
    test.setTimeout(120_000);
    const { page, emulator, platform } = desk;
    const main = mainOf(desk);
    const { csv } = emulator.control.seedCohort({ count: 200, hireDate: hireDate(), seed: 2, specials: noSpecials });

    await openCohort(desk, 'shortcut');
    await chooseList(desk, csv);
    await page.getByRole('button', { name: 'Check 200 people' }).click();
    await expect(page.getByRole('group', { name: 'Show people by finding' }).getByRole('button', { name: '200 ready', exact: true })).toBeVisible({ timeout: 30_000 });

    // Every round trip now takes seconds: five batches of twenty in flight reach 100 people per round trip, so a
    // run of 200 shows some done while more remain.
    emulator.control.addFault({ pathPattern: '\\$batch', method: 'POST', latencyMs: 2_500 });
    await page.getByRole('button', { name: 'Issue 200 passes' }).click();
    await expect(page.getByRole('heading', { name: 'Issuing passes' })).toBeVisible();
    await expect(main.getByText(/^([1-9]|[1-9]\d|1\d\d) of 200 done$/)).toBeVisible({ timeout: 30_000 });
    await desk.shot('75-cohort-issuing');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Stop issuing?' });
    await expect(confirm.getByRole('button', { name: 'Keep issuing' })).toBeFocused();
    await desk.shot('76-cohort-cancel');
    await confirm.getByRole('button', { name: 'Stop issuing' }).click();

    const summary = main.getByText(/^Cancelled after \d+ of 200: /);
    await expect(summary).toBeVisible({ timeout: 30_000 });
    emulator.control.clearFaults();
    const [, reached, issued, notIssued] = /^Cancelled after (\d+) of 200: (\d+) pass(?:es)? issued, (\d+) not\.$/.exec((await summary.textContent()) ?? '')!.map(Number);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(200);
    expect(issued).toBe(reached);
    expect(notIssued).toBe(200 - issued!);
    expect(emulator.control.passAudit().filter((entry) => entry.activity === 'create')).toHaveLength(issued!);
    const outcomes = page.getByLabel('Show', { exact: true });
    await expect(outcomes.locator('option')).toHaveText(['Everyone (200)', `Waiting for their pass (${issued})`, `Issued (${issued})`, `Skipped (${notIssued})`, 'Refused (0)', 'Failed (0)']);
    await outcomes.selectOption({ label: `Skipped (${notIssued})` });
    await expect(main.getByText('Not issued: the run was cancelled before it reached this person.')).toHaveCount(notIssued!);
    await expect(page.getByRole('button', { name: `Cohort · ${issued} waiting` })).toBeVisible();
    expect(await headerInOneRow(desk)).toBe(true);
    await desk.shot('77-cohort-cancelled');

    // What was issued is still handed over: the sheet holds exactly the passes of the people reached.
    await page.getByRole('tab', { name: 'Sheet' }).click();
    await page.getByRole('button', { name: 'Print the sheet' }).click();
    await expect(main.getByText(`${issued} pages went to the printer.`)).toBeVisible();
    expect(new Set(passesOnSlips(platform.slips.at(-1)!.html)).size).toBe(issued);
  });
});
