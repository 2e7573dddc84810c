import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorRequest, EmulatorResponse } from './types.js';

/** Bigger than any request the app or its tests make; anything larger is refused rather than buffered. */
const maxBodyBytes = 1024 * 1024;

export class BodyTooLarge extends Error {}

export const readRequest = async (incoming: IncomingMessage, origin: string): Promise<EmulatorRequest> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new BodyTooLarge('Request body too large');
    chunks.push(buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: (incoming.method ?? 'GET').toUpperCase(), url: new URL(incoming.url ?? '/', origin), headers, body: Buffer.concat(chunks) };
};

export const writeResponse = (outgoing: ServerResponse, response: EmulatorResponse): void => {
  outgoing.writeHead(response.status, response.headers);
  outgoing.end(response.body);
};
