import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/**
 * Writes the journal can rely on after a power cut: the caller reports an act as recorded only once its line is
 * on the disk, not in the OS's cache. The flushes are nearly all of an append's cost (bench/journal-files-bench.ts:
 * around a millisecond on a virtual disk, against a hundredth without them); the acts a desk records take seconds
 * each, so they are kept.
 */

const writeAll = (fd: number, text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  // One write call: a crash leaves at most one cut-off line at the end, which the reader can tell.
  const written = writeSync(fd, bytes);
  if (written !== bytes.length) throw new Error(`Wrote ${written} of ${bytes.length} bytes.`);
  fsyncSync(fd);
};

/** Appends `text` to `file` (created readable by this OS user only) and waits until it is on the disk. */
export const appendDurably = (file: string, text: string): void => {
  const fd = openSync(file, 'a', 0o600);
  try {
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
};

/** Replaces `file` whole: the old content or the new, never half of one, also after a crash. */
export const replaceDurably = (file: string, text: string): void => {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
};

/**
 * Makes a file created, renamed or removed in `dir` survive a power cut: the name lives in the folder. Not every
 * platform can flush a folder (Windows cannot open one for it), so a failure here is not an error.
 */
export const syncDirectory = (dir: string): void => {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform; the names are as durable as the OS makes them.
  } finally {
    if (fd !== null) closeSync(fd);
  }
};
