import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { deskServices } from '../../../support/desk-services';
import { chromiumLogo, dataUrlOf, gif, png } from '../../../support/logo-images';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;
const logoFiles = () => {
  const dir = join(desk.cacheDir, 'logos');
  return existsSync(dir) ? readdirSync(dir) : [];
};
const exported = (logo: string) => JSON.stringify({ format: 'tapdesk.tenant-settings', settings: { ...defaultTenantSettings(), serviceDesk: { ...defaultTenantSettings().serviceDesk, name: 'Fabrikam IT' } }, logo });

const emulator = useEmulator();
beforeEach(async () => {
  desk = await deskServices(emulator);
});

describe('a tenant’s logo reaches the disk only with saved settings', () => {
  it('leaves the logo folder empty when a picked logo is never saved', async () => {
    const picked = await desk.value('settings:logo', { profileId: 'demo', dataUrl: dataUrlOf(chromiumLogo('png')) });
    expect(picked.logoDataUrl).toBe(dataUrlOf(chromiumLogo('png')));
    expect(logoFiles()).toEqual([]);
    expect((await desk.value('settings:get', { profileId: 'demo' })).logoDataUrl).toBeNull();
  });

  it('writes exactly one file when settings referring to a picked logo are saved, and replaces it on the next save', async () => {
    const { settings } = await desk.value('settings:get', { profileId: 'demo' });
    const withLogo = async (bytes: Uint8Array) => {
      await desk.value('settings:logo', { profileId: 'demo', dataUrl: dataUrlOf(png(1, 1)) });
      const { logoFile } = await desk.value('settings:logo', { profileId: 'demo', dataUrl: dataUrlOf(bytes) });
      return desk.value('settings:save', { profileId: 'demo', settings: { ...settings, branding: { ...settings.branding, logoFile } } });
    };
    const first = await withLogo(chromiumLogo('png'));
    expect(logoFiles()).toEqual([first.settings.branding.logoFile]);
    expect(first.logoDataUrl).toBe(dataUrlOf(chromiumLogo('png')));

    const second = await withLogo(chromiumLogo('webpLossless'));
    expect(logoFiles()).toEqual([second.settings.branding.logoFile]);
    expect((await desk.value('settings:get', { profileId: 'demo' })).logoDataUrl).toBe(dataUrlOf(chromiumLogo('webpLossless'), 'image/webp'));
  });

  it('writes nothing for an import that is reviewed and abandoned, and the file’s logo once the import is applied and saved', async () => {
    const logo = dataUrlOf(chromiumLogo('jpg'), 'image/jpeg');
    const abandoned = await desk.value('settings:import', { profileId: 'demo', text: exported(logo) });
    expect(abandoned.logoDataUrl).toBe(logo);
    expect(abandoned.changes).toContainEqual({ path: 'branding.logo', before: null, after: 'present' });
    expect(logoFiles()).toEqual([]);

    const applied = await desk.value('settings:import', { profileId: 'demo', text: exported(logo) });
    await desk.value('settings:save', { profileId: 'demo', settings: applied.settings });
    expect(logoFiles()).toEqual([applied.settings.branding.logoFile]);
    expect(await desk.value('settings:get', { profileId: 'demo' })).toMatchObject({ settings: { serviceDesk: { name: 'Fabrikam IT' } }, logoDataUrl: logo });
  });

  it('refuses a tiny GIF that declares 20000 × 20000 pixels, picked or imported, and writes nothing', async () => {
    const huge = dataUrlOf(gif(20000, 20000), 'image/gif');
    await expect(desk.call('settings:logo', { profileId: 'demo', dataUrl: huge })).resolves.toMatchObject({ ok: false, error: { code: 'validation', reason: 'logo_too_many_pixels' } });
    const review = await desk.value('settings:import', { profileId: 'demo', text: exported(huge) });
    expect(review.settings.branding.logoFile).toBeNull();
    expect(review.changes).toContainEqual({ path: 'branding.logo', before: null, after: 'logo_too_many_pixels' });
    await desk.value('settings:save', { profileId: 'demo', settings: review.settings });
    expect(logoFiles()).toEqual([]);
  });
});
