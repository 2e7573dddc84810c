import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { request, type Dispatcher } from 'undici';
import { defaultCallBudgets } from './call-limits';
import { defaultCloudNetwork, type CloudNetwork } from './cloud-dispatcher';

const timedOut = (url: string) => Object.assign(new Error(`Request to ${new URL(url).host} timed out`), { code: 'ETIMEDOUT' });

const exchange = async <T>(
  method: 'GET' | 'POST',
  url: string,
  dispatcher: Dispatcher,
  options: NetworkRequestOptions | undefined,
  signal: AbortSignal,
): Promise<NetworkResponse<T>> => {
  const answer = await request(url, { method, headers: options?.headers, body: options?.body, dispatcher, signal });
  const text = await answer.body.text();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { status: answer.statusCode, headers, body: (text ? JSON.parse(text) : {}) as T };
};

/**
 * One exchange within a deadline for the whole of it: connecting (through a proxy too), sending, and reading the
 * last byte. Raced rather than only aborted, so that a slow proxy lookup, before the request reaches a socket,
 * is bounded as well.
 */
const requestJson = <T>(
  method: 'GET' | 'POST',
  url: string,
  dispatcher: Dispatcher,
  options: NetworkRequestOptions | undefined,
  timeoutMs: number,
): Promise<NetworkResponse<T>> => {
  const stop = new AbortController();
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      stop.abort();
      reject(timedOut(url));
    }, timeoutMs);
    exchange<T>(method, url, dispatcher, options, stop.signal)
      .then(resolve, reject)
      .finally(() => clearTimeout(deadline));
  });
};

/**
 * MSAL's network module, on the same dispatcher as Graph's client: the system's trust store, or for the emulator
 * its CA only; the route the proxy settings choose; a deadline for every request (MSAL's own has none for POST).
 */
export const msalNetworkClient = (
  ca: string | undefined,
  timeoutMs = defaultCallBudgets.token,
  network: CloudNetwork = defaultCloudNetwork(),
): INetworkModule => {
  const dispatcher = network.dispatcher(ca);
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      requestJson<T>('GET', url, dispatcher, options, timeout ?? timeoutMs),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => requestJson<T>('POST', url, dispatcher, options, timeoutMs),
  };
};
