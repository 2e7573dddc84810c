import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../src/main/app-failure';
import { LogoStore } from '../../../../src/main/settings/logo-store';
import { chromiumLogo, dataUrlOf, gif, jpeg, png } from '../../../support/logo-images';

const folder = () => join(mkdtempSync(join(tmpdir(), 'tapdesk-logo-')), 'logos');
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const refusal = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof AppFailure ? error.error : error;
  }
  return null;
};

describe('tenant logos', () => {
  it('holds a checked image in memory, serves it as a data URL of its real type, and writes it only when kept', () => {
    const dir = folder();
    const logos = new LogoStore(dir);
    const bytes = chromiumLogo('png');
    const { file, dataUrl } = logos.hold('Contoso', dataUrlOf(bytes, 'application/octet-stream'));
    expect(file).toMatch(/^contoso-[0-9a-f]{16}\.png$/);
    expect(dataUrl).toBe(dataUrlOf(bytes, 'image/png'));
    expect(logos.dataUrl(file)).toBe(dataUrl);
    expect(files(dir)).toEqual([]);

    logos.keep('contoso', file);
    expect(files(dir)).toEqual([file]);
    expect(new LogoStore(dir).dataUrl(file)).toBe(dataUrl);
  });

  it('keeps only a logo held for the profile whose settings are saved', () => {
    const dir = folder();
    const logos = new LogoStore(dir);
    const { file } = logos.hold('fabrikam', dataUrlOf(png(5, 3)));
    logos.keep('contoso', file);
    const { file: regional } = logos.hold('contoso-eu', dataUrlOf(png(5, 3)));
    logos.keep('contoso', regional);
    logos.keep('contoso', 'contoso-0123456789abcdef.png');
    logos.keep('contoso', null);
    expect(files(dir)).toEqual([]);
  });

  it('holds only the newest few picks', () => {
    const logos = new LogoStore(folder());
    const picked = [1, 2, 3, 4, 5].map((width) => logos.hold('contoso', dataUrlOf(png(width, 1))).file);
    expect(picked.map((file) => logos.dataUrl(file) !== null)).toEqual([false, true, true, true, true]);
  });

  it.each([
    ['an SVG, which can carry script', dataUrlOf(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'), 'logo_format'],
    ['a file over 512 KB', dataUrlOf(Buffer.concat([png(5, 3), Buffer.alloc(600 * 1024)])), 'logo_too_large'],
    ['no data URL', 'https://contoso.com/logo.png', 'logo_unreadable'],
    ['a JPEG cut before its end', dataUrlOf(jpeg(5, 3, { end: false }), 'image/jpeg'), 'logo_unreadable'],
  ])('refuses %s with its reason', (_name, url, reason) => {
    expect(refusal(() => new LogoStore(folder()).hold('contoso', url))).toMatchObject({ code: 'validation', reason });
  });

  it('refuses a tiny GIF that declares 20000 × 20000 pixels, saying so in the log’s words, and holds nothing', () => {
    const logos = new LogoStore(folder());
    const error = refusal(() => logos.hold('contoso', dataUrlOf(gif(20000, 20000), 'image/gif')));
    expect(error).toMatchObject({ code: 'validation', reason: 'logo_too_many_pixels', message: expect.stringMatching(/declares 20000 × 20000 pixels/) });
  });

  it('does not serve a kept file that is no longer an acceptable image, nor a name outside its own folder', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'contoso-0123456789abcdef.png'), png(20000, 20000));
    writeFileSync(join(dir, 'contoso-fedcba9876543210.gif'), png(5, 3));
    const logos = new LogoStore(dir);
    expect(logos.dataUrl('contoso-0123456789abcdef.png')).toBeNull();
    expect(logos.dataUrl('contoso-fedcba9876543210.gif')).toBeNull();
    expect(logos.dataUrl('../secrets.png')).toBeNull();
    expect(logos.dataUrl('contoso-0000000000000000.png')).toBeNull();
  });

  it('removes a profile’s logos that saved settings no longer use, and only that profile’s', () => {
    const dir = folder();
    const logos = new LogoStore(dir);
    const kept = (profileId: string, width: number) => {
      const { file } = logos.hold(profileId, dataUrlOf(png(width, 1)));
      logos.keep(profileId, file);
      return file;
    };
    const old = kept('contoso', 1);
    const other = kept('contoso-eu', 1);
    const current = kept('contoso', 2);
    logos.prune('contoso', current);
    expect(files(dir)).toEqual([current, other].sort());
    expect(files(dir)).not.toContain(old);
  });
});
