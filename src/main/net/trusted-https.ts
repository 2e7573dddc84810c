import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { Agent } from 'undici';
import { defaultCallBudgets } from './call-limits';

/**
 * Everything main sends to a cloud goes through these two clients. For Microsoft's clouds `ca` is unset
 * and the system trust store applies; for the emulator it is the emulator's own CA and nothing else.
 */
export const graphDispatcher = (ca: string | undefined): Agent | undefined =>
  ca ? new Agent({ connect: { ca } }) : undefined;

const requestJson = <T>(
  method: 'GET' | 'POST',
  url: string,
  ca: string | undefined,
  options: NetworkRequestOptions | undefined,
  timeoutMs: number,
): Promise<NetworkResponse<T>> =>
  new Promise((resolve, reject) => {
    const body = options?.body;
    const headers: Record<string, string | number> = { ...options?.headers };
    if (body !== undefined) headers['Content-Length'] = Buffer.byteLength(body);
    const req = https.request(url, { method, headers, ...(ca ? { ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(deadline);
        const text = Buffer.concat(chunks).toString('utf8');
        const responseHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        try {
          resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body: (text ? JSON.parse(text) : {}) as T });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    // A deadline for the whole exchange: Node's own `timeout` only measures idle time, which a trickle resets.
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error(`Request to ${new URL(url).host} timed out`), { code: 'ETIMEDOUT' })), timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });

/** MSAL's network module: the system's trust store, or for the emulator its CA only; every request has a deadline. */
export const msalNetworkClient = (ca: string | undefined, timeoutMs = defaultCallBudgets.token): INetworkModule => ({
  sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
    requestJson<T>('GET', url, ca, options, timeout ?? timeoutMs),
  sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => requestJson<T>('POST', url, ca, options, timeoutMs),
});
