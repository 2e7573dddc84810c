import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { renderSlip, slipFonts, type SlipModel } from '../../src/main/handoff/slip/slip-html';
import { slipLanguages, slipText } from '../../src/main/handoff/slip/slip-text';

/*
 * The slip as it reaches paper: the platform's slip printer saves it with printToPDF({ pageSize: 'A5' }) and
 * prints it on whatever paper the printer holds, A4 at most desks. page.pdf() takes the same path through
 * Chromium, with the CSS @page rule applied as it is there. Runs in the browser from playwright.config.ts.
 */

const run = promisify(execFile);

/** A wide, solid logo in the tenant's colour: the header's worst case in width. */
const logoPng = (width: number, height: number): string => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0xc5, 0x0f, 0x1f]).flat())]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
};

const qr = (text: string) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });

const shortPass = 'Kq7#mP0x';
/** Entra's longest pass, 48 characters, with characters HTML has to escape. */
const longPass = 'Kq7#mP0xW2$zRt9!Lb4&Hn6@Vc8%Qs3*Jd5+Xf1=Gw7?Yp2<';
const userPrincipalName = 'maximiliane.hohenzollern-sigmaringen@tapdesk-international-demo.onmicrosoft.com';
const securityInfoUrl = `https://mysignins.microsoft.com/security-info?login_hint=${encodeURIComponent(userPrincipalName)}`;
const serviceDesk = 'IT Service Desk Europe · servicedesk@contoso-international.example · +49 30 1234 5678 · https://help.contoso-international.example/temporary-access';

/** Everything at its longest: the name, the sign-in name, the logo, the contact and the longer of the two notes. */
const longest = async (language: string, pass: string, extra: Partial<SlipModel> = {}): Promise<SlipModel> => {
  const text = slipText(language);
  return {
    language,
    tenantName: 'Contoso International Holding GmbH',
    logoDataUrl: logoPng(480, 120),
    accentColor: '#C50F1F',
    displayName: 'Maximiliane Alexandra Hohenzollern-Sigmaringen von und zu Oberammergau',
    userPrincipalName,
    pass,
    startsAt: new Date('2030-09-25T21:45:00Z'),
    expiresAt: new Date('2030-09-26T21:45:00Z'),
    isUsableOnce: text.oneTime.length >= text.multiUse.length,
    securityInfoUrl,
    passQr: await qr(pass),
    registerQr: await qr(securityInfoUrl),
    serviceDesk,
    ...extra,
  };
};

interface Printed {
  pages: number;
  text: string;
}

const print = async (page: Page, model: SlipModel, paper: 'A5' | 'A4', screenshot?: string): Promise<Printed> => {
  await page.setContent(renderSlip(model, 'Europe/Berlin'));
  const work = await mkdtemp(join(tmpdir(), 'tapdesk-slip-pages-'));
  try {
    const pdf = join(work, 'slip.pdf');
    await writeFile(pdf, await page.pdf({ format: paper, printBackground: true }));
    const [{ stdout: info }, { stdout: text }] = await Promise.all([run('pdfinfo', [pdf]), run('pdftotext', [pdf, '-'])]);
    if (screenshot) {
      await mkdir('test-results/screenshots', { recursive: true });
      await run('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join('test-results/screenshots', screenshot)]);
    }
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), text };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

const squeezed = (text: string) => text.replace(/\s+/g, '');
/** pdftotext drops a hyphen it finds at the end of a line, as it would a hyphenation. */
const loose = (text: string) => squeezed(text).replace(/-/g, '');

/** The faces Chromium drew an element's text in, as the DevTools protocol reports them. */
const facesOf = async (page: Page, selector: string): Promise<string[]> => {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('DOM.enable');
    await devtools.send('CSS.enable');
    const { root } = await devtools.send('DOM.getDocument');
    const { nodeId } = await devtools.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await devtools.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await devtools.detach();
  }
};

const listedFaces = slipFonts
  .split(',')
  .map((face) => face.trim().replace(/^"|"$/g, ''))
  .filter((face) => !['system-ui', 'sans-serif'].includes(face));

/** The pass as copied from the PDF: whole lines of it and nothing else, joined only where the line wrapped. */
const passLines = (text: string, pass: string): string[] | undefined => {
  const lines = text.split('\n').map((line) => line.trim());
  for (let start = 0; start < lines.length; start += 1) {
    const taken: string[] = [];
    for (const line of lines.slice(start, start + 3)) {
      taken.push(line);
      if (taken.join('') === pass) return taken;
      if (!pass.startsWith(taken.join('')) || line === '') break;
    }
  }
  return undefined;
};

test.describe('the printed slip', () => {
  for (const language of slipLanguages) {
    for (const paper of ['A5', 'A4'] as const) {
      test(`fits one ${paper} page in ${language}, with the pass copied as it must be typed`, async ({ page }) => {
        const text = slipText(language);
        for (const pass of [shortPass, longPass]) {
          const printed = await print(page, await longest(language, pass), paper, pass === longPass ? `slip-${language}-${paper}` : undefined);
          console.log(`slip ${language} ${paper} pass of ${pass.length}: ${printed.pages} page(s)`);
          expect(printed.pages, `${language} on ${paper} with a pass of ${pass.length}`).toBe(1);

          const lines = passLines(printed.text, pass);
          expect(lines, `the pass in ${printed.text}`).toBeDefined();
          for (const line of lines!) expect(line).not.toMatch(/\s/);
          if (pass === shortPass) expect(lines).toEqual([shortPass]);

          // The sign-in name and the address break only where nothing is lost, so they read back exactly.
          expect(squeezed(printed.text)).toContain(userPrincipalName);
          expect(squeezed(printed.text)).toContain(securityInfoUrl);
          // Parts laid out beside a QR code are left out: pdftotext may read them interleaved with its caption.
          for (const part of [text.title, text.keepPrivate, text.oneTime.length >= text.multiUse.length ? text.oneTime : text.multiUse, 'Maximiliane Alexandra Hohenzollern-Sigmaringen', serviceDesk]) {
            expect(loose(printed.text)).toContain(loose(part));
          }
        }
      });
    }
  }

  // A face outside the slip's list would mean Chromium fell back on its own, which draws empty boxes where the
  // machine has no CJK face; this machine has Noto Sans CJK (fonts-noto-cjk), as .ci/run installs it.
  test('prints Japanese, and a Japanese name on an English slip, in a face of its own list', async ({ page }) => {
    const japanese = await print(page, await longest('ja', shortPass), 'A5', 'slip-ja-A5-short');
    expect(squeezed(japanese.text)).toContain(squeezed(slipText('ja').keepPrivate));
    const titleFaces = await facesOf(page, 'h1');
    expect(titleFaces.length).toBeGreaterThan(0);
    for (const face of titleFaces) expect(listedFaces).toContain(face);

    const name = await print(page, await longest('en', shortPass, { displayName: '山田 花子 (Hanako Yamada)' }), 'A5');
    expect(name.pages).toBe(1);
    expect(name.text).toContain('山田 花子');
    const nameFaces = await facesOf(page, '.name');
    expect(nameFaces.length).toBeGreaterThan(0);
    for (const face of nameFaces) expect(listedFaces).toContain(face);
  });
});
