import type { Log } from '../platform/ports';

/**
 * The last line of defence for text that leaves main's memory for the log or the clipboard: whatever reaches it
 * is meant to be codes, channels, request ids, hosts and counts already, so anything shaped like a credential is
 * cut out rather than trusted to a caller's care.
 */

export const REDACTED = '[redacted]';

/** A JSON Web Token: Entra's access and ID tokens are three base64url parts, the header starting `{"` (`eyJ`). */
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** An Authorization header's value, whatever the token looks like. */
const BEARER = /\bBearer\s+[^\s"',;]+/gi;
/**
 * A long unbroken run of token characters: Entra's refresh tokens are opaque, base64url-like and hundreds of
 * characters long. GUIDs (36) and host names stay well under it; a path breaks at its separators, a `key=value`
 * at its equals sign.
 */
const OPAQUE = /[\w.~+*!-]{64,}/g;

/**
 * The text with every value in `secrets` (the passes main holds) and every credential-shaped run replaced by
 * `[redacted]`. Secrets go first, so a pass next to a long run is not left half visible.
 */
export const redact = (text: string, secrets: Iterable<string> = []): string => {
  let clean = text;
  for (const secret of secrets) if (secret !== '') clean = clean.replaceAll(secret, REDACTED);
  return clean.replace(JWT, REDACTED).replace(BEARER, REDACTED).replace(OPAQUE, REDACTED);
};

/**
 * The log main's services write to: whatever they pass, no pass main holds at that moment (`secrets`) reaches
 * the file, whichever value or event name it hides in.
 */
export const guardedLog = (log: Log, secrets: () => Iterable<string>): Log => {
  const clean = (text: string) => redact(text, secrets());
  const guard =
    (level: 'debug' | 'info' | 'warn' | 'error'): Log['info'] =>
    (event, context) =>
      log[level](clean(event), context && Object.fromEntries(Object.entries(context).map(([key, value]) => [clean(key), typeof value === 'string' ? clean(value) : value])));
  return { debug: guard('debug'), info: guard('info'), warn: guard('warn'), error: guard('error'), file: log.file };
};

/** Where no log is kept (tests and benches that give none): nothing is written. */
export const noLog: Log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, file: null };
