import type { EmulatorResponse } from './types.js';

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export const html = (status: number, page: string, headers: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The sign-in pages carry one small inline script (form_post auto-submit) and nothing else.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action http://127.0.0.1:* 'self'; img-src data:",
    ...headers,
  },
  body: page,
});

export const empty = (status: number, headers: Record<string, string> = {}): EmulatorResponse => ({ status, headers, body: '' });

export const bytes = (status: number, body: Buffer, contentType: string): EmulatorResponse => ({
  status,
  headers: { 'content-type': contentType, 'content-length': String(body.length) },
  body,
});

/** Request bodies arrive as bytes; Graph and the control surface accept only JSON objects. */
export const parseJsonObject = (body: Buffer): Record<string, unknown> | undefined => {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};
