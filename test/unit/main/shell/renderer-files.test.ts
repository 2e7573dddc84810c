import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../../../../src/main/shell/content-security-policy';
import { serveRendererFile } from '../../../../src/main/shell/renderer-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tapdesk-renderer-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), `<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script nonce="${CSP_NONCE_PLACEHOLDER}" src="./assets/app.js"></script>`);
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  // Beside the renderer, as the main bundle and the user's files are: never reachable through the scheme.
  await writeFile(join(base, 'secret.txt'), 'not for the page');
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('the app scheme serves the built renderer', () => {
  it('gives the page a fresh nonce in its markup and in a policy without unsafe-inline', async () => {
    const first = await serveRendererFile(root, 'app://tap-desk/index.html');
    const second = await serveRendererFile(root, 'app://tap-desk/');
    expect(first.status).toBe(200);
    const policy = first.headers['Content-Security-Policy']!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body.toString()).toContain(`nonce="${nonce}"`);
    expect(first.body.toString()).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(second.headers['Content-Security-Policy']).not.toBe(policy);
  });

  it('serves other files with their type and no policy of their own', async () => {
    const script = await serveRendererFile(root, 'app://tap-desk/assets/app.js');
    expect(script).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
    expect(script.headers['Content-Security-Policy']).toBeUndefined();
  });

  it.each([
    ['a parent folder', 'app://tap-desk/../secret.txt'],
    ['an encoded parent folder', 'app://tap-desk/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://tap-desk/assets%2f..%2f..%2fsecret.txt'],
    ['an encoded backslash', 'app://tap-desk/assets%5c..%5c..%5csecret.txt'],
    ['a NUL byte', 'app://tap-desk/index.html%00.js'],
  ])('never leaves the renderer folder: %s', async (_name, url) => {
    const answer = await serveRendererFile(root, url);
    expect(answer.status).not.toBe(200);
    expect(answer.body.toString()).not.toContain('not for the page');
  });

  it.each([
    ['another host', 'app://evil/index.html', 'GET', 403],
    ['a write', 'app://tap-desk/index.html', 'POST', 403],
    ['a missing file', 'app://tap-desk/missing.js', 'GET', 404],
    ['the folder itself', 'app://tap-desk/assets/', 'GET', 404],
    ['an address that is no URL', 'not a url', 'GET', 400],
    ['broken percent-encoding', 'app://tap-desk/%E0%A4%A.js', 'GET', 400],
  ])('refuses %s', async (_name, url, method, status) => {
    expect((await serveRendererFile(root, url, { method })).status).toBe(status);
  });
});
