import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Reading a journal folder's month files line by line, forwards or from the end, without holding a whole file. */

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;
const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
const TAIL_CHUNK_BYTES = 1 << 16;

export const monthFile = (dir: string, month: string): string => join(dir, `${month}.jsonl`);

/** The months that have a file in `dir`, oldest first; none when the folder does not exist yet. */
export const monthFiles = (dir: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((name) => MONTH_FILE.exec(name)?.[1] ?? []).sort();
};

export interface FileLine {
  text: string;
  /** 1-based. */
  number: number;
  /** The last line of the file (whole or cut off). */
  last: boolean;
}

/**
 * The lines of a file, first to last, read in chunks. A last piece without its newline is a line too: the
 * reader decides whether it is whole. Split on the newline byte before decoding, so a character cut by a chunk's
 * edge is never mangled.
 */
export function* fileLines(path: string): Generator<FileLine> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let carry = Buffer.alloc(0);
    let pending: FileLine | null = null;
    let number = 0;
    for (let read = readSync(fd, chunk, 0, CHUNK_BYTES, null); read > 0; read = readSync(fd, chunk, 0, CHUNK_BYTES, null)) {
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(NEWLINE, start); end !== -1; end = data.indexOf(NEWLINE, start)) {
        if (pending) yield pending;
        number += 1;
        pending = { text: data.toString('utf8', start, end), number, last: false };
        start = end + 1;
      }
      // Copied: `chunk` is read into again.
      carry = Buffer.from(data.subarray(start));
    }
    if (carry.length > 0) {
      if (pending) yield pending;
      yield { text: carry.toString('utf8'), number: number + 1, last: true };
    } else if (pending) {
      yield { ...pending, last: true };
    }
  } finally {
    closeSync(fd);
  }
}

export interface TailLine {
  text: string;
  /** Byte offset where the line starts. */
  start: number;
  /** False for a last piece the file ends in without a newline. */
  whole: boolean;
}

/** The lines of a file, last to first, read backwards in chunks: the writer needs only the last whole one. */
export function* linesFromEnd(path: string): Generator<TailLine> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(TAIL_CHUNK_BYTES);
    let position = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    let atEnd = true;
    while (position > 0) {
      const size = Math.min(TAIL_CHUNK_BYTES, position);
      position -= size;
      readSync(fd, chunk, 0, size, position);
      const data = Buffer.concat([chunk.subarray(0, size), carry]);
      let end = data.length;
      for (let newline = end > 0 ? data.lastIndexOf(NEWLINE, end - 1) : -1; newline !== -1; newline = end > 0 ? data.lastIndexOf(NEWLINE, end - 1) : -1) {
        if (!atEnd || end > newline + 1) yield { text: data.toString('utf8', newline + 1, end), start: position + newline + 1, whole: !atEnd };
        atEnd = false;
        end = newline;
      }
      carry = Buffer.from(data.subarray(0, end));
    }
    if (carry.length > 0 || !atEnd) yield { text: carry.toString('utf8'), start: 0, whole: !atEnd };
  } finally {
    closeSync(fd);
  }
}
