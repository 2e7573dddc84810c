import { AuthenticationHandlerOptions, Client, GraphClientError, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { graphDispatcher } from '../net/trusted-https';

/** Gets a delegated token carrying the given Graph permissions (asked for incrementally). */
export type TokenSource = (permissions: readonly string[]) => Promise<string>;

export interface GraphConnection {
  /** Starts a request to `path` (relative to /v1.0) authorised with `permissions`. */
  request(path: string, permissions: readonly string[]): GraphRequest;
}

/**
 * One Graph client per signed-in account. The emulator host is listed in `customHosts` so the client
 * attaches the token, and its CA is the only one trusted for it.
 */
export const connectGraph = (graphHost: string, ca: string | undefined, tokens: TokenSource): GraphConnection => {
  const dispatcher = graphDispatcher(ca);
  const client = Client.initWithMiddleware({
    baseUrl: `${graphHost}/`,
    defaultVersion: 'v1.0',
    authProvider: {
      // The client re-wraps anything else as a status -1 "network" error; its own error type passes
      // through, carrying the real reason (expired sign-in, missing consent) as the cause.
      getAccessToken: (options) =>
        tokens(options?.scopes ?? []).catch((error: unknown) => {
          throw Object.assign(new GraphClientError('No token for Microsoft Graph'), { cause: error });
        }),
    },
    customHosts: new Set([new URL(graphHost).hostname]),
    ...(dispatcher ? { fetchOptions: { dispatcher } as RequestInit } : {}),
  });
  return {
    request: (path, permissions) =>
      client.api(path).middlewareOptions([new AuthenticationHandlerOptions(undefined, { scopes: [...permissions] })]),
  };
};
