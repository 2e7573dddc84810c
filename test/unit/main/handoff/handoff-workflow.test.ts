import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { decodeQrDataUrl } from '../../../support/decode-qr';
import { dataUrlOf, gif as gifOf } from '../../../support/logo-images';
import { deskServices } from '../../../support/desk-services';
import { unescapeHtml } from '../../../support/unescape-html';
import { useEmulator } from '../../../support/use-emulator';

let asAuthAdmin: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
// A reset revokes refresh tokens, so each test signs in afresh.
beforeEach(async () => {
  asAuthAdmin = await deskServices(emulator);
  await asAuthAdmin.signIn(demoTechnicians.auth);
});

describe('following the handoff', () => {
  it('sees the first sign-in with the pass and a newly registered method', async () => {
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.outOfScope.id });
    emulator.control.setPolicy({ includeTargets: [{ targetType: 'group', id: 'all_users' }], excludeTargets: [] });
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.outOfScope.id, isUsableOnce: true, replacePassId: null });
    expect(pass.securityInfoUrl).toBe(`${emulator.origin}/security-info?login_hint=${encodeURIComponent(demoPeople.outOfScope.userPrincipalName)}`);
    const before = await asAuthAdmin.value('tap:status', { userId: demoPeople.outOfScope.id });
    expect(before.existingPass).toMatchObject({ id: pass.id, isUsable: true });
    emulator.control.markPassUsed(demoPeople.outOfScope.id);
    emulator.control.registerMethod(demoPeople.outOfScope.id, 'fido2');
    const after = await asAuthAdmin.value('tap:status', { userId: demoPeople.outOfScope.id });
    expect(after.existingPass).toMatchObject({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' });
    expect(after.methods!.map((method) => method.type)).toContain('fido2AuthenticationMethod');
    expect(after.methods!.length).toBe(before.methods!.length + 1);
  });

  it('revokes a pass, and treats one that is already gone as revoked', async () => {
    const { existingPass } = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    expect(await asAuthAdmin.value('tap:revoke', { userId: demoPeople.withActivePass.id, passId: existingPass!.id })).toBe(true);
    expect((await asAuthAdmin.value('tap:status', { userId: demoPeople.withActivePass.id })).existingPass).toBeNull();
    expect(await asAuthAdmin.value('tap:revoke', { userId: demoPeople.withActivePass.id, passId: existingPass!.id })).toBe(true);
    await expect(asAuthAdmin.call('tap:create', { userId: demoPeople.withActivePass.id, replacePassId: null })).resolves.toMatchObject({ ok: true });
  });

  it('copies the pass main issued to the clipboard for as long as the tenant allows and protects the window while it is shown', async () => {
    const { settings } = await asAuthAdmin.value('settings:get', { profileId: 'demo' });
    await asAuthAdmin.value('settings:save', { profileId: 'demo', settings: { ...settings, defaults: { ...settings.defaults, clipboardClearSeconds: 12 } } });
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    const { clearAfterSeconds } = await asAuthAdmin.value('handoff:copy-pass', { passId: pass.id });
    expect(clearAfterSeconds).toBe(12);
    expect(asAuthAdmin.platform.clipboard.text()).toBe(pass.temporaryAccessPass);
    await asAuthAdmin.value('handoff:visible', { visible: true });
    await asAuthAdmin.value('handoff:visible', { visible: false });
    expect(asAuthAdmin.platform.protection).toEqual([true, false]);
  });
});

describe('the printed slip', () => {
  it('is built for the pass just issued, in the person’s language, with QR codes that read back', async () => {
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    const result = await asAuthAdmin.value('handoff:slip', { userId: demoPeople.inScope.id, passId: pass.id, output: 'pdf' });
    expect(result).toEqual({ done: true, savedTo: `/saved/Befristeter Zugriffspass (TAP) - ${demoPeople.inScope.displayName}.pdf` });
    const [slip] = asAuthAdmin.platform.slips;
    expect(slip!.html).toContain('Ihr befristeter Zugriffspass');
    const codes = [...slip!.html.matchAll(/src="([^"]+)"/g)].map((match) => decodeQrDataUrl(unescapeHtml(match[1]!)));
    expect(codes).toEqual([pass.temporaryAccessPass, pass.securityInfoUrl]);
  });

  it('carries the tenant’s name, colour and service desk from its settings', async () => {
    const { settings } = await asAuthAdmin.value('settings:get', { profileId: 'demo' });
    const gif = dataUrlOf(gifOf(1, 1), 'image/gif');
    const { logoFile, logoDataUrl } = await asAuthAdmin.value('settings:logo', { profileId: 'demo', dataUrl: gif });
    expect(logoDataUrl).toBe(gif);
    await asAuthAdmin.value('settings:save', {
      profileId: 'demo',
      settings: { ...settings, branding: { displayName: 'Northwind Traders', accentColor: '#107C10', logoFile }, serviceDesk: { name: 'IT Hotline', email: 'help@northwind.example', phone: '+49 30 555', portalUrl: '' } },
    });
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    await asAuthAdmin.value('handoff:slip', { userId: demoPeople.inScope.id, passId: pass.id, output: 'print' });
    const html = unescapeHtml(asAuthAdmin.platform.slips.at(-1)!.html);
    expect(html).toContain('Northwind Traders');
    expect(html).toContain('#107C10');
    expect(html).toContain('IT Hotline · help@northwind.example · +49 30 555');
    expect(html).toContain(`<img class="logo" src="${gif}" alt="">`);
    expect((await asAuthAdmin.value('settings:get', { profileId: 'demo' })).logoDataUrl).toBe(gif);
  });

  it('is refused for someone who was not issued a pass here, and once the screen forgot the pass', async () => {
    const { existingPass } = await asAuthAdmin.value('tap:prepare', { userId: demoPeople.withActivePass.id });
    await expect(asAuthAdmin.call('handoff:slip', { userId: demoPeople.withActivePass.id, passId: existingPass!.id, output: 'print' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    await asAuthAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await asAuthAdmin.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    await expect(asAuthAdmin.call('handoff:slip', { userId: demoPeople.outOfScope.id, passId: pass.id, output: 'print' })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await asAuthAdmin.value('handoff:forget', { passId: pass.id })).toBe(true);
    await expect(asAuthAdmin.call('handoff:slip', { userId: demoPeople.inScope.id, passId: pass.id, output: 'print' })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    await expect(asAuthAdmin.call('handoff:copy-pass', { passId: pass.id })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(asAuthAdmin.platform.slips).toEqual([]);
  });
});
