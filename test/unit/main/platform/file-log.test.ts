import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileLog, logLevelFrom, logLine } from '../../../../src/main/platform/file-log';

const dirs: string[] = [];
const logDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tapdesk-log-'));
  dirs.push(dir);
  return join(dir, 'logs');
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the log file (electron-log under plain Node)', () => {
  it('writes one line per event with its context, in UTC, from info up by default', async () => {
    const dir = await logDir();
    const log = fileLog({ dir });
    log.debug('request.ok', { channel: 'users:search', ms: 12 });
    log.info('app.started', { version: '1.2.3', platform: 'win32' });
    log.warn('request.failed', { channel: 'tap:create', code: 'throttled', status: 429, requestId: 'a1b2', reason: undefined });
    log.error('event.refused', { event: 'event:waiting', detail: 'seconds: Too small' });
    expect(log.file).toBe(join(dir, 'main.log'));
    const lines = (await readFile(log.file!, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[info\] app\.started version=1\.2\.3 platform=win32$/);
    expect(lines[1]).toMatch(/\[warn\] request\.failed channel=tap:create code=throttled status=429 requestId=a1b2$/);
    expect(lines[2]).toMatch(/\[error\] event\.refused event=event:waiting detail="seconds: Too small"$/);
  });

  it('adds each request at debug level, as TAPDESK_LOG_LEVEL=debug asks', async () => {
    expect(logLevelFrom({ TAPDESK_LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevelFrom({ TAPDESK_LOG_LEVEL: 'silly' })).toBe('info');
    expect(logLevelFrom({})).toBe('info');
    const log = fileLog({ dir: await logDir(), level: logLevelFrom({ TAPDESK_LOG_LEVEL: 'debug' }) });
    log.debug('request.ok', { channel: 'users:search', ms: 12 });
    expect(await readFile(log.file!, 'utf8')).toMatch(/\[debug\] request\.ok channel=users:search ms=12\n$/);
  });

  it('keeps one old file when the log grows past its size, so the folder stays bounded', async () => {
    const dir = await logDir();
    const log = fileLog({ dir, maxBytes: 2_000 });
    for (let index = 0; index < 200; index += 1) log.info('request.failed', { index, channel: 'users:search', code: 'network' });
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log']);
    expect((await stat(join(dir, 'main.log'))).size).toBeLessThanOrEqual(2_200);
    expect((await stat(join(dir, 'main.old.log'))).size).toBeLessThanOrEqual(2_200);
    // The newest line is in the current file, and the old file holds the lines just before it.
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toMatch(/index=199 /);
    const oldIndexes = [...(await readFile(join(dir, 'main.old.log'), 'utf8')).matchAll(/index=(\d+)/g)].map(([, index]) => Number(index));
    const newIndexes = [...(await readFile(join(dir, 'main.log'), 'utf8')).matchAll(/index=(\d+)/g)].map(([, index]) => Number(index));
    expect(oldIndexes.at(-1)! + 1).toBe(newIndexes[0]);
  });

  it('cuts tokens out of a line, whoever logged them', async () => {
    const log = fileLog({ dir: await logDir() });
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzY3AiOiJVc2VyLlJlYWQuQWxsIn0.c2lnbmF0dXJl';
    log.warn('graph.answer', { authorization: `Bearer ${jwt}`, token: jwt });
    const text = await readFile(log.file!, 'utf8');
    expect(text).not.toContain('eyJ');
    expect(text).toContain('authorization="[redacted]" token=[redacted]');
  });

  it('quotes a value with spaces or an equals sign, and an empty one, so a line reads back as its fields', () => {
    expect(logLine('x', { a: 'two words', b: 'k=v', c: '', d: 0, e: false, f: null })).toBe('x a="two words" b="k=v" c="" d=0 e=false f=null');
  });
});
