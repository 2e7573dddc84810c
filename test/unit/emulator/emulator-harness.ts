import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Agent, fetch, type RequestInit, type Response } from 'undici';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.js';

export interface Harness {
  emulator: RunningEmulator;
  agent: Agent;
  /** fetch that trusts only the emulator's CA. */
  request: (url: string, init?: RequestInit) => Promise<Response>;
  /** A Graph call with a bearer token; `path` is relative to /v1.0. */
  graph: (path: string, options?: GraphCallOptions) => Promise<Response>;
  /** A signed access token straight from the control surface (same signing as the token endpoint). */
  tokenFor: (username: string, scopes?: string[]) => Promise<string>;
  close: () => Promise<void>;
}

export interface GraphCallOptions {
  token?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export const startHarness = async (): Promise<Harness> => {
  const emulator = await startEmulator();
  const agent = new Agent({ connect: { ca: emulator.caCertPem } });
  const request = (url: string, init: RequestInit = {}) => fetch(url, { ...init, dispatcher: agent });
  return {
    emulator,
    agent,
    request,
    graph: (path, options = {}) =>
      request(`${emulator.graphBaseUrl}${path}`, {
        method: options.method ?? 'GET',
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      }),
    tokenFor: async (username, scopes) => (await emulator.control.issueToken({ username, ...(scopes ? { scopes } : {}) })).access_token,
    close: async () => {
      await agent.close();
      await emulator.close();
    },
  };
};

/**
 * One harness per test file, its emulator back to the demo fixture before every test. The answer forwards to the
 * running harness, so test bodies read `harness.graph(…)` as if they had started it themselves.
 */
export const useHarness = (): Harness => {
  let running: Harness | undefined;
  beforeAll(async () => {
    running = await startHarness();
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.emulator.control.reset());
  return new Proxy({} as Harness, {
    get: (_target, key) => {
      if (!running) throw new Error('The harness starts before the first test of the file.');
      return Reflect.get(running, key);
    },
  });
};

export const pkcePair = (): { verifier: string; challenge: string } => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

const unescape = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden and visible inputs of the first form on a page, the way a browser would submit them. */
export const formOf = (html: string): { action: string; fields: Record<string, string> } => {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  if (action === undefined) throw new Error(`No form in page: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    const name = / name="([^"]*)"/.exec(tag)?.[1];
    if (name !== undefined) fields[unescape(name)] = unescape(/ value="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return { action: unescape(action), fields };
};

/** Acts as the browser on the sign-in page: loads it, fills the form, submits. Returns the answer page. */
export const submitSignIn = async (harness: Harness, authorizeUrl: string, username: string, password: string): Promise<Response> => {
  const page = await harness.request(authorizeUrl);
  if (page.status !== 200) return page;
  const { action, fields } = formOf(await page.text());
  return harness.request(new URL(action, authorizeUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, username, password }).toString(),
    redirect: 'manual',
  });
};

export interface AuthorizeOptions {
  redirectUri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  challenge?: string;
  extra?: Record<string, string>;
}

export const authorizeUrl = (emulator: RunningEmulator, options: AuthorizeOptions = {}): string => {
  const url = new URL(`${emulator.authority}/oauth2/v2.0/authorize`);
  const params: Record<string, string> = {
    client_id: emulator.clientId,
    response_type: 'code',
    redirect_uri: options.redirectUri ?? 'http://127.0.0.1:53123',
    response_mode: 'form_post',
    scope: options.scope ?? `${emulator.graphHost}/User.Read.All openid profile offline_access`,
    state: options.state ?? 'state-123',
    code_challenge: options.challenge ?? pkcePair().challenge,
    code_challenge_method: 'S256',
    ...(options.nonce ? { nonce: options.nonce } : {}),
    ...options.extra,
  };
  Object.entries(params).forEach(([name, value]) => url.searchParams.set(name, value));
  return url.toString();
};

/** The consent step is the page whose buttons answer with `consent_action`. */
export const isConsentStep = (html: string): boolean => html.includes('name="consent_action"');

/** Presses Accept or Cancel on the consent step: the form's fields plus the pressed button's name and value. */
export const answerConsent = async (harness: Harness, consentPage: string, baseUrl: string, answer: 'accept' | 'cancel'): Promise<Response> => {
  const { action, fields } = formOf(consentPage);
  return harness.request(new URL(action, baseUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, consent_action: answer }).toString(),
    redirect: 'manual',
  });
};

/** Signs in through the page (accepting a consent step if one comes) and returns the code the form_post page carries. */
export const obtainCode = async (harness: Harness, username: string, password: string, options: AuthorizeOptions = {}): Promise<string> => {
  const url = authorizeUrl(harness.emulator, options);
  let html = await (await submitSignIn(harness, url, username, password)).text();
  if (isConsentStep(html)) html = await (await answerConsent(harness, html, url, 'accept')).text();
  const { fields } = formOf(html);
  if (!fields['code']) throw new Error(`No code in the answer: ${JSON.stringify(fields)}`);
  return fields['code'];
};

export const decodeJwt = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

export interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string; 'client-request-id': string } };
}

export const graphError = async (response: Response): Promise<GraphErrorBody['error']> => ((await response.json()) as GraphErrorBody).error;
