import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../../src/emulator';
import { deskServices } from '../../../../support/desk-services';
import { useEmulator } from '../../../../support/use-emulator';

let asAuthAdmin: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
// A reset revokes refresh tokens, so each test signs in afresh.
beforeEach(async () => {
  asAuthAdmin = await deskServices(emulator);
  await asAuthAdmin.signIn(demoTechnicians.auth);
});

const issue = async (userId: string) => {
  await asAuthAdmin.value('tap:prepare', { userId });
  return asAuthAdmin.value('tap:create', { userId, replacePassId: null });
};

const title = (html: string) => /<title>(.*?)<\/title>/.exec(html)?.[1];

describe('the slip’s language through the router', () => {
  it('offers the slip’s languages and names the one it would take for the person', async () => {
    const person = demoPeople.inScope;
    emulator.control.setUser(person.id, { preferredLanguage: 'ar-SA', usageLocation: 'FR' });
    await issue(person.id);
    expect(await asAuthAdmin.value('handoff:slip-languages', { userId: person.id })).toEqual({ languages: ['en', 'de', 'fr', 'pt', 'ja'], automatic: 'fr' });
  });

  it('prints in the technician’s choice, and in the automatic one for a language it lacks or none', async () => {
    const person = demoPeople.inScope;
    emulator.control.setUser(person.id, { preferredLanguage: 'ar-SA', usageLocation: 'US' });
    const pass = await issue(person.id);
    const slip = async (language?: string | null) => {
      await asAuthAdmin.value('handoff:slip', { userId: person.id, passId: pass.id, output: 'print', ...(language === undefined ? {} : { language }) });
      return title(asAuthAdmin.platform.slips.at(-1)!.html);
    };
    expect(await slip('ja')).toBe('一時アクセス パス');
    expect(await slip('pt')).toBe('Seu Passe de Acesso Temporário');
    expect(await slip('ar')).toBe('Your Temporary Access Pass');
    expect(await slip(null)).toBe('Your Temporary Access Pass');
    expect(await slip()).toBe('Your Temporary Access Pass');
  });

  it('is refused for someone who was not issued a pass here, and for a tag that is not one', async () => {
    await expect(asAuthAdmin.call('handoff:slip-languages', { userId: demoPeople.outOfScope.id })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    const pass = await issue(demoPeople.inScope.id);
    await expect(asAuthAdmin.call('handoff:slip', { userId: demoPeople.inScope.id, passId: pass.id, output: 'print', language: 'German' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(asAuthAdmin.platform.slips).toEqual([]);
  });
});
