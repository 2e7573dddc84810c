import { readFile } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { APP_HOST } from './app-origin';
import { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER, newNonce } from './content-security-policy';

export interface RendererResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const refused = (status: number): RendererResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: Buffer.from(status === 404 ? 'not found' : 'refused'),
});

/**
 * Answers a request for the renderer from the built files in `root`: only GET, only the app's own host (the
 * e2e harness passes its own), only files inside `root`. The page itself gets a fresh nonce in its markup and
 * in its Content-Security-Policy header, so the policy the app runs under is the one tests run under.
 */
export const serveRendererFile = async (
  root: string,
  requestUrl: string,
  { method = 'GET', host = APP_HOST, nonce = newNonce() }: { method?: string; host?: string; nonce?: string } = {},
): Promise<RendererResponse> => {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400);
  }
  if (method !== 'GET' || url.host !== host) return refused(403);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return refused(400);
  }
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(resolve(root), file);
  if (inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`) || path.includes('\0')) return refused(403);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return refused(404);
  }
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  if (extname(file) === '.html') {
    body = Buffer.from(body.toString('utf8').replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
    headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
  }
  return { status: 200, headers, body };
};
