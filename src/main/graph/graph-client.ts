import { AuthenticationHandlerOptions, Client, GraphClientError, RetryHandlerOptions, type GraphRequest } from '@microsoft/microsoft-graph-client';
import type { CallKind, CallLimits } from '../net/call-limits';
import { defaultCloudNetwork, type CloudNetwork } from '../net/cloud-dispatcher';
import { withProxyFailures } from '../net/proxy-failures';

/** Gets a delegated token carrying the given Graph permissions (asked for incrementally). */
export type TokenSource = (permissions: readonly string[]) => Promise<string>;

export interface GraphConnection {
  /** The Graph origin the connection's token is for. */
  readonly graphHost: string;
  /**
   * Starts a request to `path` (relative to /v1.0) authorised with `permissions`. `kind` names its budget and
   * retry rule where the verb and path cannot tell them: a `$batch` is a read unless it carries writes.
   */
  request(path: string, permissions: readonly string[], kind?: CallKind): GraphRequest;
}

type Verb = 'get' | 'post' | 'delete' | 'patch' | 'put';
const verbs: readonly Verb[] = ['get', 'post', 'delete', 'patch', 'put'];

/** The budget a request falls under, by what it does. */
const kindOf = (verb: Verb, path: string): CallKind => {
  // A batch is a read unless its sender names it a write (graph-batch.ts), so it is repeated after a 503 like any read.
  if (verb === 'get' || path === '/$batch') return 'read';
  if (verb === 'delete') return 'delete';
  return /sendMail$/i.test(path) ? 'send' : 'create';
};

/** The SDK's base delay between retries, in seconds (RetryHandlerOptions.DEFAULT_DELAY). */
const BASE_DELAY_SECONDS = 3;

/**
 * The pause the SDK's retry handler is about to take: the Retry-After the service named, else its back-off
 * (the base delay, plus an exponential term from the second retry on).
 */
const pauseBeforeRetry = (response: Response, attempt: number): number => {
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    return Math.max(0, Number.isNaN(seconds) ? Math.round((new Date(retryAfter).getTime() - Date.now()) / 1000) : seconds);
  }
  const next = attempt + 1;
  return next >= 2 ? Math.round((2 ** next - 1) / 2) + BASE_DELAY_SECONDS : BASE_DELAY_SECONDS;
};

/**
 * A 429 means the service did not run the request (https://learn.microsoft.com/graph/throttling), so any request
 * may be sent again after it. A 503 or 504 may come after the change was made: only reads are repeated then.
 * Creating a second pass or a second mail behind the technician's back is what the caller reconciles instead.
 * Every pause is told to the call limits, so the technician learns why the wait is long.
 */
const retryPolicy = (limits: CallLimits, readsToo: boolean) =>
  new RetryHandlerOptions(undefined, undefined, (_delay, attempt, _request, _options, response) => {
    const retry = response.status === 429 || readsToo;
    if (retry) limits.waiting(response.status === 429 ? 'throttled' : 'retrying', pauseBeforeRetry(response, attempt));
    return retry;
  });

/**
 * One Graph client per signed-in account. The emulator host is listed in `customHosts` so the client
 * attaches the token, and its CA is the only one trusted for it. Every request runs within its kind's budget,
 * on the route the proxy settings choose (`network`).
 */
export const connectGraph = (
  graphHost: string,
  ca: string | undefined,
  tokens: TokenSource,
  limits: CallLimits,
  network: CloudNetwork = defaultCloudNetwork(),
): GraphConnection => {
  const dispatcher = network.dispatcher(ca);
  const readRetries = retryPolicy(limits, true);
  const writeRetries = retryPolicy(limits, false);
  const client = Client.initWithMiddleware({
    baseUrl: `${graphHost}/`,
    defaultVersion: 'v1.0',
    authProvider: {
      // The client re-wraps anything else as a status -1 "network" error; its own error type passes
      // through, carrying the real reason (expired sign-in, missing consent) as the cause.
      getAccessToken: (options) =>
        limits.run('token', () => tokens(options?.scopes ?? [])).catch((error: unknown) => {
          throw Object.assign(new GraphClientError('No token for Microsoft Graph'), { cause: error });
        }),
    },
    customHosts: new Set([new URL(graphHost).hostname]),
    fetchOptions: { dispatcher } as RequestInit,
  });
  return {
    graphHost,
    request: (path, permissions, kind) => {
      const authentication = new AuthenticationHandlerOptions(undefined, { scopes: [...permissions] });
      const request = client.api(path).middlewareOptions([authentication]);
      for (const verb of verbs) {
        const send = request[verb].bind(request) as (...args: unknown[]) => Promise<unknown>;
        const callKind = kind ?? kindOf(verb, path);
        Object.assign(request, {
          [verb]: (...args: unknown[]) =>
            limits.run(callKind, (signal) => {
              request.middlewareOptions([authentication, callKind === 'read' ? readRetries : writeRetries]);
              // GraphRequest passes its options on to fetch, which aborts the request with the signal.
              request.option('signal', signal as unknown as string);
              return withProxyFailures(() => send(...args));
            }),
        });
      }
      return request;
    },
  };
};
