import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLogo, LOGO_MAX_PIXELS, LOGO_MAX_SIDE, logoFileSchema, logoFormats, type LogoFormat } from '../../shared';
import { failure } from '../app-failure';

/** Picked or imported logos waiting for a save; only the newest few matter, as a form refers to one at a time. */
const HELD_AT_MOST = 4;

const refusalMessages = {
  logo_unreadable: 'The logo is not an image TAP Desk can read: its headers do not match its bytes.',
  logo_too_large: 'The logo file is larger than 512 KiB.',
  logo_format: 'The logo is not a PNG, JPEG, GIF or WebP image.',
  logo_too_many_pixels: `The logo is larger than ${LOGO_MAX_SIDE} pixels on a side or ${LOGO_MAX_PIXELS} pixels in all.`,
} as const;

/** A logo file this store named for the profile: its prefix, then the content hash (another profile's id may extend the prefix). */
const belongsTo = (profileId: string, file: string): boolean => {
  const prefix = `${profileId.toLowerCase()}-`;
  return file.startsWith(prefix) && logoFileSchema.safeParse(file).success && /^[0-9a-f]{16}\./.test(file.slice(prefix.length));
};

const dataUrlOf = (format: LogoFormat, bytes: Buffer): string => `data:${logoFormats[format]};base64,${bytes.toString('base64')}`;

/**
 * Tenant logos, kept in TAP Desk's own data folder so settings never point at a file that may move or change;
 * named by profile and content, so a changed logo is a new file. A picked or imported logo is checked at once but
 * only held in memory: the file is written when settings that refer to it are saved, so a pick the technician
 * abandons leaves nothing behind.
 */
export class LogoStore {
  private readonly held = new Map<string, Buffer>();

  constructor(private readonly dir: string) {}

  /** Checks the image by its bytes and declared size, holds it for a save, and names the file it will become. */
  hold(profileId: string, dataUrl: string): { file: string; dataUrl: string } {
    const match = /^data:[\w/+.-]*;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
    const bytes = match ? Buffer.from(match[1]!, 'base64') : Buffer.alloc(0);
    const checked = checkLogo(bytes);
    if (!checked.ok) {
      const size = checked.reason === 'logo_too_many_pixels' ? ` It declares ${checked.width} × ${checked.height} pixels.` : '';
      throw failure('validation', `${refusalMessages[checked.reason]}${size}`, { reason: checked.reason });
    }
    const file = `${profileId.toLowerCase()}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${checked.format}`;
    this.held.delete(file);
    this.held.set(file, bytes);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= HELD_AT_MOST) break;
      this.held.delete(oldest);
    }
    return { file, dataUrl: dataUrlOf(checked.format, bytes) };
  }

  /** Writes the profile's held logo that settings being saved refer to; a logo already in the folder stays as it is. */
  keep(profileId: string, file: string | null): void {
    const bytes = file && belongsTo(profileId, file) ? this.held.get(file) : undefined;
    if (!file || !bytes) return;
    const path = join(this.dir, file);
    if (!existsSync(path)) {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(path, bytes);
    }
    this.held.delete(file);
  }

  /**
   * The logo as a data: URL, held or kept, or null when it is missing, was never ours, or is no longer an image
   * TAP Desk would accept (a copy made before the size was capped is not drawn).
   */
  dataUrl(file: string | null): string | null {
    if (!file || !logoFileSchema.safeParse(file).success) return null;
    let bytes = this.held.get(file);
    try {
      bytes ??= readFileSync(join(this.dir, file));
    } catch {
      return null;
    }
    const checked = checkLogo(bytes);
    return checked.ok && file.endsWith(`.${checked.format}`) ? dataUrlOf(checked.format, bytes) : null;
  }

  /** Removes a profile's logos except `keep`, once saved settings no longer refer to them. */
  prune(profileId: string, keep: string | null): void {
    let files: string[];
    try {
      files = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const file of files) {
      if (file !== keep && belongsTo(profileId, file)) rmSync(join(this.dir, file), { force: true });
    }
  }
}
