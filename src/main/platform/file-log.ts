import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { redact } from '../diagnostics';
import type { Log, LogValue } from './ports';

export type LogLevel = 'debug' | 'info';

export interface FileLogOptions {
  /** The folder the log is kept in (the app's `logs` folder). */
  dir: string;
  level?: LogLevel;
  /** Past this size the file becomes `main.old.log`, replacing the one before, and a new file starts. */
  maxBytes?: number;
  /** Also writes to the console, for development. */
  echo?: boolean;
}

export const LOG_FILE_NAME = 'main.log';
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** `TAPDESK_LOG_LEVEL=debug` adds each request with its duration, for a service desk chasing a fault. */
export const logLevelFrom = (env: NodeJS.ProcessEnv): LogLevel => (env.TAPDESK_LOG_LEVEL?.trim().toLowerCase() === 'debug' ? 'debug' : 'info');

const valueText = (value: LogValue): string => {
  const text = String(value);
  return text === '' || /[\s"=]/.test(text) ? JSON.stringify(text) : text;
};

/** `event key=value …`, values quoted where they hold spaces, so one line stays one record. */
export const logLine = (event: string, context: Readonly<Record<string, LogValue>> = {}): string =>
  [event, ...Object.entries(context).flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${valueText(value)}`]))].join(' ');

/**
 * The log as electron-log's file transport keeps it: written synchronously (a line survives a crash right after
 * it), rotated by size with one old file kept (https://github.com/megahertz/electron-log/blob/master/docs/transports/file.md),
 * times in UTC as the diagnostics give them. Node's entry of electron-log imports no Electron, so tests write
 * the real file. Every line passes the redaction guard before it is written.
 */
export const fileLog = ({ dir, level = 'info', maxBytes = DEFAULT_MAX_BYTES, echo = false }: FileLogOptions): Log => {
  const file = join(dir, LOG_FILE_NAME);
  const logger = electronLog.create({ logId: `tapdesk:${file}` });
  const { transports } = logger;
  transports.file.resolvePathFn = () => file;
  transports.file.maxSize = maxBytes;
  transports.file.level = level;
  transports.file.format = ({ message, data }) => [`${message.date.toISOString()} [${message.level}] ${data.join(' ')}`];
  transports.console.level = echo ? level : false;
  // Renderers have no log of their own here, and nothing is sent anywhere.
  if (transports.ipc) transports.ipc.level = false;
  transports.remote.level = false;
  const write = (at: 'debug' | 'info' | 'warn' | 'error') => (event: string, context?: Readonly<Record<string, LogValue>>) =>
    logger[at](redact(logLine(event, context)));
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), file };
};
