import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logoFileSchema } from '../../shared';
import { failure } from '../app-failure';

const MAX_BYTES = 512 * 1024;

/** Raster formats only: an SVG can carry script, and the logo ends up in slips and settings files. */
const formats = [
  { ext: 'png', mime: 'image/png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'jpg', mime: 'image/jpeg', matches: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'gif', mime: 'image/gif', matches: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: 'webp', mime: 'image/webp', matches: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
] as const;

/**
 * Tenant logos, copied into TAP Desk's own data folder so settings never point at a file that may move
 * or change; named by profile and content, so a changed logo is a new file.
 */
export class LogoStore {
  constructor(private readonly dir: string) {}

  /** Checks the image by its bytes, not its name, and keeps a copy; returns the copy's file name. */
  add(profileId: string, dataUrl: string): string {
    const match = /^data:[\w/+.-]*;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
    const bytes = match ? Buffer.from(match[1]!, 'base64') : Buffer.alloc(0);
    if (bytes.length === 0) throw failure('validation', 'The logo is not a base64 data URL of an image.', { reason: 'logo_unreadable' });
    if (bytes.length > MAX_BYTES) throw failure('validation', `The logo has ${bytes.length} bytes, more than ${MAX_BYTES}.`, { reason: 'logo_too_large' });
    const format = formats.find((candidate) => candidate.matches(bytes));
    if (!format) throw failure('validation', 'The logo is not a PNG, JPEG, GIF or WebP image.', { reason: 'logo_format' });
    const file = `${profileId.toLowerCase()}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${format.ext}`;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, file), bytes);
    return file;
  }

  /** The logo as a data: URL, or null when the file is missing or was never ours. */
  dataUrl(file: string | null): string | null {
    if (!file || !logoFileSchema.safeParse(file).success) return null;
    const format = formats.find((candidate) => file.endsWith(`.${candidate.ext}`));
    try {
      const bytes = readFileSync(join(this.dir, file));
      return format?.matches(bytes) ? `data:${format.mime};base64,${bytes.toString('base64')}` : null;
    } catch {
      return null;
    }
  }

  /** Removes a profile's logos except `keep`, once saved settings no longer refer to them. */
  prune(profileId: string, keep: string | null): void {
    let files: string[];
    try {
      files = readdirSync(this.dir);
    } catch {
      return;
    }
    const prefix = `${profileId.toLowerCase()}-`;
    for (const file of files) {
      if (file.startsWith(prefix) && file !== keep && logoFileSchema.safeParse(file).success && /^[0-9a-f]{16}\./.test(file.slice(prefix.length))) {
        rmSync(join(this.dir, file), { force: true });
      }
    }
  }
}
