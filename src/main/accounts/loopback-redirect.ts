import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RedirectResult = { code: string } | { error: string; errorDescription: string };

export interface LoopbackRedirect {
  /**
   * `http://127.0.0.1:PORT`, the address the listener really binds: Microsoft recommends the IP literal over
   * `localhost`, which a hosts file or a firewall may send elsewhere, and ignores the port of a registered
   * `http://127.0.0.1` (https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions).
   */
  redirectUri: string;
  /** Settles once with the authorization response; the server is closed by then. */
  result: Promise<RedirectResult>;
  close(): void;
}

const page = (title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32rem;color:#242424}</style></head>` +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`;

const readBody = (req: http.IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > limit) req.destroy(new Error('Authorization response too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/**
 * One-shot listener for the form_post authorization response. It binds 127.0.0.1 only, ignores
 * anything that does not carry the expected state, and closes as soon as it has an answer, on
 * abort or after `timeoutMs`.
 */
export const startLoopbackRedirect = async (
  expectedState: string,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<LoopbackRedirect> => {
  let settle!: (result: RedirectResult | Error) => void;
  const result = new Promise<RedirectResult>((resolve, reject) => {
    settle = (value) => (value instanceof Error ? reject(value) : resolve(value));
  });

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
        res.writeHead(req.method === 'GET' ? 200 : 405, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page('TAP Desk', 'Waiting for the sign-in to finish…'));
        return;
      }
      const form = new URLSearchParams(await readBody(req, 64 * 1024));
      if (form.get('state') !== expectedState) {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page('Sign-in not recognised', 'This answer does not belong to the sign-in TAP Desk started.'));
        return;
      }
      const code = form.get('code');
      const error = form.get('error');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
      // Closing only once the page is out, so the browser still shows it.
      res.on('finish', close);
      if (code) {
        res.end(page('Signed in to TAP Desk', 'You can close this tab and return to TAP Desk.'));
        settle({ code });
      } else {
        res.end(page('Sign-in did not complete', 'Return to TAP Desk to see what happened.'));
        settle({ error: error ?? 'invalid_response', errorDescription: form.get('error_description') ?? '' });
      }
    })().catch(() => {
      // A malformed or oversized request from some other local process is dropped; the sign-in waits on.
      res.destroy();
    });
  });

  const timer = setTimeout(() => {
    settle(new Error('timeout'));
    close();
  }, timeoutMs);
  const onAbort = () => {
    settle(new Error('aborted'));
    close();
  };
  function close() {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    server.close();
    server.closeAllConnections();
  }
  signal.addEventListener('abort', onAbort, { once: true });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  if (signal.aborted) onAbort();
  return { redirectUri: `http://127.0.0.1:${port}`, result, close };
};
