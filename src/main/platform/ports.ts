import type { EventName, MenuCommand } from '../../shared';
import type { ResolvedEndpoints } from '../accounts';
import type { ClipboardRepresentation } from '../handoff';
import type { MenuItemSpec } from '../shell';

/**
 * Everything main needs from Electron and the operating system, declared in one place. This folder implements
 * them for the app; tests and the end-to-end harness implement them in memory, so the rest of main is plain Node.
 */

/** The slice of electron-store / conf that main uses. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Encrypts the token cache at rest (Electron's safeStorage in the app). */
export interface Cipher {
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Buffer): string;
}

/** The slice of Electron's (asynchronous) clipboard the clipboard guard needs. */
export interface ClipboardAccess {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  /** Writes all representations as one clipboard entry, atomically. */
  write(representations: ClipboardRepresentation[]): Promise<void>;
  clear(): void;
}

/** Where a finished slip goes: the system print dialog, or a PDF the technician chooses to save. */
export interface SlipOutput {
  print(html: string): Promise<boolean>;
  /** Resolves with the saved path, or null when the technician cancelled the save dialog. */
  savePdf(html: string, suggestedName: string): Promise<string | null>;
}

/** Files the technician chooses where to save (the system save dialog in the app). */
export interface FileOutput {
  /** Resolves with the saved path, or null when the technician cancelled. */
  saveText(suggestedName: string, text: string): Promise<string | null>;
}

/** Opens the sign-in page in the system browser (Electron's shell in the app, a test page in e2e). */
export type OpenBrowser = (url: string, endpoints: ResolvedEndpoints) => Promise<void>;

/**
 * Brings TAP Desk's window back in front of the browser the technician just signed in with, so the next key
 * they press lands in the app.
 */
export type BringToFront = () => void;

/** Content protection of the app window: screenshots, screen sharing and recording show it black. */
export type ProtectWindow = (on: boolean) => void;

/**
 * The application menu (Electron's Menu in the app): `show` replaces it with this one, and choosing one of the app's
 * own items calls `onCommand` with its command.
 */
export interface ApplicationMenu {
  show(template: readonly MenuItemSpec[], onCommand: (command: MenuCommand) => void): void;
}

/** Delivers one of main's events to the app's own frame. */
export type SendEvent = (event: EventName, payload: unknown) => void;

/** A value in a log line's context: codes, channels, request ids, hosts, counts; never a pass or a token. */
export type LogValue = string | number | boolean | null | undefined;

/**
 * Main's log (a rotating file in the app). Each line is an event name and a small structured context, so that a
 * line says what happened without quoting what the technician or the service sent.
 */
export interface Log {
  debug(event: string, context?: Readonly<Record<string, LogValue>>): void;
  info(event: string, context?: Readonly<Record<string, LogValue>>): void;
  warn(event: string, context?: Readonly<Record<string, LogValue>>): void;
  error(event: string, context?: Readonly<Record<string, LogValue>>): void;
  /** The file being written, for the service desk; null when the log is not kept in a file. */
  readonly file: string | null;
}

/** What Electron tells about the running app, read when diagnostics are put together. */
export interface RuntimeFacts {
  appVersion: string;
  packaged: boolean;
  /** Electron's, Chromium's and Node's versions (`process.versions`); Electron and Chromium are absent under plain Node. */
  versions: { electron?: string | undefined; chrome?: string | undefined; node: string };
  /** The locale Chromium runs the app in. */
  locale: string;
}

/**
 * The proxy the system's settings (manual, a PAC script, WPAD) choose for a URL, as Chromium's PAC-style list:
 * `DIRECT`, `PROXY host:port; DIRECT`, `HTTPS host:port`, `SOCKS5 host:port` (Electron's `session.resolveProxy`,
 * https://www.electronjs.org/docs/latest/api/session#sesresolveproxyurl).
 */
export type ResolveProxy = (url: string) => Promise<string>;
