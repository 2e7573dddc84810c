import { beforeEach, describe, expect, it } from 'vitest';
import { demoMailboxes, demoPeople, demoTechnicians } from '../../../../src/emulator';
import type { TenantSettings } from '../../../../src/shared';
import { deskServices } from '../../../support/desk-services';
import { unescapeHtml } from '../../../support/unescape-html';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
beforeEach(async () => {
  desk = await deskServices(emulator);
  await desk.signIn(demoTechnicians.auth);
});

const mailOf = async (id: string) => (await desk.value('tap:prepare', { userId: id })).user.mail!;
let lena: { id: string; displayName: string; mail: string };
let claudia: { displayName: string; mail: string };
beforeEach(async () => {
  lena = { ...demoPeople.inScope, mail: await mailOf(demoPeople.inScope.id) };
  claudia = { ...demoPeople.managerOfInScope, mail: await mailOf(demoPeople.managerOfInScope.id) };
});

const configure = async (change: (settings: TenantSettings) => void) => {
  const { settings } = await desk.value('settings:get', { profileId: 'demo' });
  settings.notifications.enabled = true;
  change(settings);
  await desk.value('settings:save', { profileId: 'demo', settings });
};

const issueFor = async (userId: string) => {
  const { existingPass } = await desk.value('tap:prepare', { userId });
  return desk.value('tap:create', { userId, replacePassId: existingPass?.id ?? null });
};

type Message = { subject: string; body: { contentType: string; content: string }; toRecipients: { emailAddress: { address: string } }[]; ccRecipients: { emailAddress: { address: string } }[] };
const outbox = () => emulator.control.sentMail().map((mail) => ({ ...mail, message: mail.message as Message }));
const addresses = (list: { emailAddress: { address: string } }[]) => list.map((recipient) => recipient.emailAddress.address);

describe('the e-mail notice after a pass', () => {
  it('is off until the tenant turns it on', async () => {
    await issueFor(lena.id);
    const result = await desk.call('notify:prepare', { userId: lena.id });
    expect(!result.ok && result.error).toMatchObject({ code: 'validation', reason: 'notices_off' });
  });

  it('goes out in the person’s language, exactly as previewed, to their mailbox, without the pass', async () => {
    await configure((settings) => {
      settings.serviceDesk = { name: 'Contoso IT', email: 'it@contoso.example', phone: '+49 30 1234', portalUrl: '' };
    });
    const pass = await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id, includePass: true });
    expect(draft).toMatchObject({
      language: 'de',
      languageSource: 'preferredLanguage',
      languages: ['en', 'de'],
      from: { address: demoTechnicians.auth.userPrincipalName, sharedMailbox: false },
      manager: { name: claudia.displayName, address: claudia.mail },
      recipients: { user: true, manager: false, cc: [] },
      to: [{ name: lena.displayName, address: lena.mail }],
      containsPass: false,
      blockers: [],
    });
    expect(draft.subject).toBe('Sicherheitshinweis: Für Ihr Konto wurde ein befristeter Zugriffspass erstellt');
    expect(draft.html).toContain(`Hallo ${lena.displayName},`);
    expect(draft.html).toContain('Telefon: +49 30 1234');

    const sent = await desk.value('notify:send', { draftId: draft.draftId });
    expect(sent).toMatchObject({ from: demoTechnicians.auth.userPrincipalName, to: [lena.mail], cc: [] });
    const [mail] = outbox();
    expect(mail).toMatchObject({ from: demoTechnicians.auth.userPrincipalName, saveToSentItems: true });
    expect(mail!.message.subject).toBe(draft.subject);
    expect(mail!.message.body).toEqual({ contentType: 'HTML', content: draft.html });
    expect(addresses(mail!.message.toRecipients)).toEqual([lena.mail]);
    expect(JSON.stringify(mail)).not.toContain(pass.temporaryAccessPass);

    const again = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!again.ok && again.error.code).toBe('validation');
    expect(outbox()).toHaveLength(1);
  });

  it('takes the technician’s language, manager and copy choices', async () => {
    await configure((settings) => {
      settings.notifications.recipients.cc = ['it-security@contoso.example'];
    });
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', {
      userId: lena.id,
      language: 'en',
      recipients: { user: true, manager: true, cc: ['it-security@contoso.example', 'audit@contoso.example'] },
    });
    expect(draft).toMatchObject({ language: 'en', languageSource: 'chosen' });
    expect(draft.subject).toMatch(/^Security notice/);
    await desk.value('notify:send', { draftId: draft.draftId });
    const [mail] = outbox();
    expect(addresses(mail!.message.toRecipients)).toEqual([lena.mail, claudia.mail]);
    expect(addresses(mail!.message.ccRecipients)).toEqual(['it-security@contoso.example', 'audit@contoso.example']);
  });

  it('says why there is no manager to choose', async () => {
    await configure(() => undefined);
    await issueFor(demoPeople.withActivePass.id);
    const draft = await desk.value('notify:prepare', { userId: demoPeople.withActivePass.id });
    expect(draft.manager).toBeNull();
    expect(draft.managerMissing).toBe('not_set');
    expect(draft.language).toBe('en');
  });

  it('puts the pass only into a mail for others, after the tenant acknowledged the risk', async () => {
    await configure((settings) => {
      settings.notifications.passInMail = { enabled: true, acknowledged: true };
      settings.notifications.templates.de = { subject: 'TAP für {{displayName}}', html: '<p>Pass für {{displayName}}: <b>{{pass}}</b></p>' };
    });
    const pass = await issueFor(lena.id);
    const forManager = await desk.value('notify:prepare', { userId: lena.id, includePass: true });
    expect(forManager).toMatchObject({ containsPass: true, recipients: { user: false }, to: [], blockers: [{ code: 'no_recipient' }] });

    const toLena = await desk.value('notify:prepare', { userId: lena.id, includePass: true, recipients: { user: true, manager: true, cc: [] } });
    expect(toLena.blockers).toEqual([{ code: 'pass_to_own_mailbox', address: lena.mail }]);
    const refused = await desk.call('notify:send', { draftId: toLena.draftId });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'validation', reason: 'pass_to_own_mailbox', message: expect.stringMatching(/cannot go to/) });
    // An alias of her mailbox is her mailbox too.
    const alias = await desk.value('notify:prepare', { userId: lena.id, includePass: true, recipients: { user: false, manager: true, cc: ['lena.fischer@tapdeskdemo.mail.onmicrosoft.com'] } });
    expect(alias.blockers).toEqual([{ code: 'pass_to_own_mailbox', address: 'lena.fischer@tapdeskdemo.mail.onmicrosoft.com' }]);

    const draft = await desk.value('notify:prepare', { userId: lena.id, includePass: true, recipients: { user: false, manager: true, cc: [] } });
    expect(unescapeHtml(draft.html)).toContain(`<b>${pass.temporaryAccessPass}</b>`);
    await desk.value('notify:send', { draftId: draft.draftId });
    expect(addresses(outbox()[0]!.message.toRecipients)).toEqual([claudia.mail]);
    // Sent Items would keep a working credential where delegates and admins can read it.
    expect(outbox()[0]!.saveToSentItems).toBe(false);
  });

  it('refuses a notice whose template names the pass once the organisation forbids it, instead of sending a gap', async () => {
    const { settings } = await desk.value('settings:get', { profileId: 'demo' });
    desk = await deskServices(emulator, {
      managed: { file: '/etc/tap-desk/managed.json', config: { version: 1, lockedSettings: { notifications: { passInMail: { enabled: false } } } }, problem: null, demoRefused: false },
    });
    await desk.signIn(demoTechnicians.auth);
    // Saved while the tenant still allowed the pass in mails; the organisation's lock came later.
    settings.notifications.enabled = true;
    settings.notifications.passInMail = { enabled: true, acknowledged: true };
    for (const language of ['en', 'de'] as const) settings.notifications.templates[language] = { subject: 'TAP', html: '<p>Pass: <b>{{pass}}</b></p>' };
    desk.store.set('tenantSettings.demo', settings);
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id, includePass: true, recipients: { user: false, manager: true, cc: [] } });
    expect(draft.containsPass).toBe(false);
    expect(draft.blockers).toEqual([{ code: 'pass_forbidden_in_mail' }]);
    const refused = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'validation', reason: 'pass_forbidden_in_mail' });
    expect(outbox()).toHaveLength(0);
  });

  it('forgets a draft once the technician leaves it, so it can no longer be sent', async () => {
    await configure(() => undefined);
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id });
    expect(await desk.value('notify:discard', { draftId: draft.draftId })).toBe(true);
    const refused = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'validation', reason: 'preview_outdated' });
    expect(outbox()).toHaveLength(0);
  });

  it('keeps the draft through a failed send, so the same mail can be sent again', async () => {
    await configure(() => undefined);
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id });
    emulator.control.addFault({ method: 'POST', pathPattern: '/sendMail$', status: 503, times: 5 });
    const failed = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!failed.ok && failed.error.code).toBe('service_unavailable');
    expect(outbox()).toHaveLength(0);
    emulator.control.clearFaults();
    await desk.value('notify:send', { draftId: draft.draftId });
    expect(outbox()).toHaveLength(1);
    expect((await desk.value('tap:status', { userId: lena.id })).existingPass).not.toBeNull();
  });

  it('imports another desk’s settings only when they do not carry its acknowledgement of the pass in mails', async () => {
    const { settings } = await desk.value('settings:get', { profileId: 'demo' });
    const withPass = { ...settings, notifications: { ...settings.notifications, passInMail: { enabled: true, acknowledged: true } } };
    const file = JSON.stringify({ format: 'tapdesk.tenant-settings', settings: withPass, logo: 'data:image/svg+xml;base64,PHN2Zy8+' });
    const refused = await desk.call('settings:import', { profileId: 'demo', text: file });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'validation', reason: 'import_allows_pass_in_mail' });
    await desk.value('settings:save', { profileId: 'demo', settings: withPass });
    const accepted = await desk.value('settings:import', { profileId: 'demo', text: file });
    expect(accepted.changes).toEqual([{ path: 'branding.logo', before: null, after: 'logo_format' }]);
  });

  it('asks for Mail.Send only when it is missing, and explains when only an admin can grant it', async () => {
    emulator.control.setConsent(['User.Read', 'User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All', 'Policy.Read.AuthenticationMethod', 'RoleManagement.Read.Directory']);
    desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.auth);
    await configure(() => undefined);
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id });
    const refused = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!refused.ok && refused.error.code).toBe('consent_required');

    emulator.control.setUserConsentSetting('disabled');
    desk.credentials(demoTechnicians.auth.userPrincipalName, demoTechnicians.auth.password);
    const denied = await desk.call('notify:consent');
    expect(!denied.ok && denied.error).toMatchObject({ code: 'consent_required', detail: expect.stringMatching(/AADSTS90093/) });

    emulator.control.setUserConsentSetting('allowed');
    const browser = desk.credentials(demoTechnicians.auth.userPrincipalName, demoTechnicians.auth.password);
    await desk.value('notify:consent');
    expect((await browser).consent?.permissions.join(' ')).toMatch(/mail/i);
    await desk.value('notify:send', { draftId: draft.draftId });
    expect(outbox()).toHaveLength(1);
  });

  it('sends from a shared mailbox with Mail.Send.Shared and Send As, and says when Send As is missing', async () => {
    await configure((settings) => {
      settings.notifications.sendFrom = demoMailboxes.serviceDesk.mail;
    });
    await issueFor(lena.id);
    const draft = await desk.value('notify:prepare', { userId: lena.id });
    expect(draft.from).toEqual({ address: demoMailboxes.serviceDesk.mail, sharedMailbox: true });
    const first = await desk.call('notify:send', { draftId: draft.draftId });
    expect(!first.ok && first.error.code).toBe('consent_required');
    desk.credentials(demoTechnicians.auth.userPrincipalName, demoTechnicians.auth.password);
    await desk.value('notify:consent');
    const sendCalls = emulator.control.requestLog().length;
    await desk.value('notify:send', { draftId: draft.draftId });
    expect(outbox()[0]).toMatchObject({ from: demoMailboxes.serviceDesk.userPrincipalName, sentBy: demoTechnicians.auth.userPrincipalName, saveToSentItems: true });
    // Send As through `from` on /me: /users/{mailbox}/sendMail would also need Full Access.
    expect(emulator.control.requestLog().slice(sendCalls).filter((entry) => entry.path.endsWith('/sendMail')).map((entry) => entry.path)).toEqual(['/v1.0/me/sendMail']);

    emulator.control.setUser(demoMailboxes.serviceDesk.id, { sendAs: [] });
    const second = await desk.value('notify:prepare', { userId: lena.id });
    const refused = await desk.call('notify:send', { draftId: second.draftId });
    expect(!refused.ok && refused.error.code).toBe('send_as_denied');
  });
});
