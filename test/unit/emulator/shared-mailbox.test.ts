import { describe, expect, it } from 'vitest';
import { demoMailboxes, demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { authorizeUrl, graphError, useHarness, submitSignIn } from './emulator-harness.js';

// https://learn.microsoft.com/graph/outlook-send-mail-from-other-user
const harness = useHarness();

const desk = demoMailboxes.serviceDesk;
const { auth, helpdesk, privAuth } = demoTechnicians;
const message = {
  message: {
    subject: 'Your Temporary Access Pass',
    body: { contentType: 'Text', content: 'Hello Lena' },
    toRecipients: [{ emailAddress: { address: demoPeople.inScope.userPrincipalName } }],
  },
  saveToSentItems: false,
};

/** A token with Mail.Send.Shared, which only the user's own consent provides in the demo tenant. */
const sharedToken = async (username: string): Promise<string> => {
  harness.emulator.control.setUserConsent(username, ['Mail.Send.Shared']);
  return harness.tokenFor(username, ['Mail.Send', 'Mail.Send.Shared']);
};

describe('the fixture shared mailbox', () => {
  it('is Contoso Service Desk: a user object with a mailbox, a disabled account and no sign-in', async () => {
    expect(desk).toMatchObject({ displayName: 'Contoso Service Desk', userPrincipalName: `servicedesk@${harness.emulator.tenantDomain}`, mail: `servicedesk@${harness.emulator.tenantDomain}` });
    expect(desk.sendAs.sort()).toEqual([auth.id, helpdesk.id].sort());
    expect(desk.fullAccess).toEqual([]);
    const token = await harness.tokenFor(auth.userPrincipalName);
    const user = (await (await harness.graph(`/users/${desk.id}?$select=displayName,mail,accountEnabled,userType`, { token })).json()) as Record<string, unknown>;
    expect(user).toMatchObject({ displayName: 'Contoso Service Desk', mail: desk.mail, accountEnabled: false, userType: 'Member' });
    const signIn = await (await submitSignIn(harness, authorizeUrl(harness.emulator), desk.userPrincipalName, 'anything')).text();
    expect(signIn).toContain('AADSTS50057: The user account is disabled.');
  });
});

const fromDesk = (address: string) => ({ ...message, message: { ...message.message, from: { emailAddress: { address } } } });
const accessDenied = { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };
const sendAsDenied = {
  code: 'ErrorSendAsDenied',
  message: 'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.',
};

describe('POST /me/sendMail with message.from a shared mailbox', () => {
  it('accepts Mail.Send.Shared with Send As alone (202) and records the mailbox as from and the caller as sentBy', async () => {
    for (const technician of [auth, helpdesk]) {
      const token = await sharedToken(technician.userPrincipalName);
      expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(desk.mail) })).status).toBe(202);
      expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(desk.mail.toUpperCase()) })).status).toBe(202);
    }
    const sent = harness.emulator.control.sentMail();
    expect(sent).toHaveLength(4);
    expect(sent.map((mail) => mail.from)).toEqual(Array(4).fill(desk.userPrincipalName));
    expect(sent.map((mail) => mail.sentBy)).toEqual([auth.userPrincipalName, auth.userPrincipalName, helpdesk.userPrincipalName, helpdesk.userPrincipalName]);
    expect(sent[0]).toMatchObject({ saveToSentItems: false, message: fromDesk(desk.mail).message });
  });

  it('sends from the caller when message.from is their own address', async () => {
    const token = await sharedToken(auth.userPrincipalName);
    expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(auth.userPrincipalName) })).status).toBe(202);
    expect(harness.emulator.control.sentMail().map(({ from, sentBy }) => ({ from, sentBy }))).toEqual([{ from: auth.userPrincipalName, sentBy: auth.userPrincipalName }]);
  });
});

describe('POST /users/{mailbox}/sendMail (Full Access as well as Send As, #sent-items-behavior)', () => {
  it('refuses Send As without Full Access with 403 ErrorAccessDenied, whether the mailbox is named by id or address', async () => {
    const token = await sharedToken(auth.userPrincipalName);
    for (const mailbox of [desk.id, encodeURIComponent(desk.userPrincipalName)]) {
      const response = await harness.graph(`/users/${mailbox}/sendMail`, { token, method: 'POST', body: message });
      expect(response.status).toBe(403);
      expect(await graphError(response)).toMatchObject(accessDenied);
    }
    // Neither right on a colleague's mailbox: the mailbox cannot be opened, so that is the refusal too.
    const asPerson = await harness.graph(`/users/${demoPeople.inScope.id}/sendMail`, { token, method: 'POST', body: message });
    expect(asPerson.status).toBe(403);
    expect(await graphError(asPerson)).toMatchObject(accessDenied);
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });

  it('accepts Full Access plus Send As (202), by id or address, and records the mailbox as from', async () => {
    harness.emulator.control.setUser(desk.id, { fullAccess: [auth.id, helpdesk.id] });
    for (const technician of [auth, helpdesk]) {
      const token = await sharedToken(technician.userPrincipalName);
      expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
      expect((await harness.graph(`/users/${encodeURIComponent(desk.userPrincipalName)}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
    }
    const sent = harness.emulator.control.sentMail();
    expect(sent.map(({ from, sentBy }) => ({ from, sentBy }))).toEqual([
      { from: desk.userPrincipalName, sentBy: auth.userPrincipalName },
      { from: desk.userPrincipalName, sentBy: auth.userPrincipalName },
      { from: desk.userPrincipalName, sentBy: helpdesk.userPrincipalName },
      { from: desk.userPrincipalName, sentBy: helpdesk.userPrincipalName },
    ]);
    expect(sent[0]).toMatchObject({ saveToSentItems: false, message: message.message });
  });

  it('refuses Full Access without Send As with 403 ErrorSendAsDenied', async () => {
    harness.emulator.control.setUser(desk.id, { fullAccess: [privAuth.id] });
    const response = await harness.graph(`/users/${desk.id}/sendMail`, { token: await sharedToken(privAuth.userPrincipalName), method: 'POST', body: message });
    expect(response.status).toBe(403);
    expect(await graphError(response)).toMatchObject(sendAsDenied);
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });
});

describe('sending from another mailbox without the rights', () => {
  it('refuses a token without Mail.Send.Shared with 403 ErrorAccessDenied, whatever the mailbox rights', async () => {
    harness.emulator.control.setUser(desk.id, { fullAccess: [auth.id] });
    const token = await harness.tokenFor(auth.userPrincipalName);
    const response = await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message });
    expect(response.status).toBe(403);
    expect(await graphError(response)).toMatchObject(accessDenied);
    const viaFrom = await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(desk.mail) });
    expect(viaFrom.status).toBe(403);
    expect((await graphError(viaFrom)).code).toBe('ErrorAccessDenied');
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });

  it('refuses a caller without Send As with 403 ErrorSendAsDenied (documented example 2)', async () => {
    const token = await sharedToken(privAuth.userPrincipalName);
    const viaFrom = await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(desk.mail) });
    expect(viaFrom.status).toBe(403);
    expect(await graphError(viaFrom)).toMatchObject(sendAsDenied);
    const fromPerson = await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(demoPeople.inScope.userPrincipalName) });
    expect(await graphError(fromPerson)).toMatchObject(sendAsDenied);
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });
});

describe('mailbox rights on the control surface', () => {
  it('takes Send As and Full Access from setUser; reset restores the fixture', async () => {
    harness.emulator.control.setUser(desk.id, { sendAs: [privAuth.id], fullAccess: [privAuth.id] });
    const privToken = await sharedToken(privAuth.userPrincipalName);
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token: privToken, method: 'POST', body: message })).status).toBe(202);
    expect((await harness.graph('/me/sendMail', { token: privToken, method: 'POST', body: fromDesk(desk.mail) })).status).toBe(202);
    const authToken = await sharedToken(auth.userPrincipalName);
    expect(await graphError(await harness.graph('/me/sendMail', { token: authToken, method: 'POST', body: fromDesk(desk.mail) }))).toMatchObject(sendAsDenied);
    expect(await graphError(await harness.graph(`/users/${desk.id}/sendMail`, { token: authToken, method: 'POST', body: message }))).toMatchObject(accessDenied);
    harness.emulator.control.reset();
    expect(demoMailboxes.serviceDesk.sendAs).toContain(auth.id);
    const afterReset = await sharedToken(auth.userPrincipalName);
    expect((await harness.graph('/me/sendMail', { token: afterReset, method: 'POST', body: fromDesk(desk.mail) })).status).toBe(202);
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token: afterReset, method: 'POST', body: message })).status).toBe(403);
  });

  it('takes fullAccess over HTTP; unknown ids in sendAs or fullAccess are a 400 that changes nothing', async () => {
    const patch = (body: unknown) =>
      harness.request(`${harness.emulator.controlUrl}/users/${desk.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const unknown = '00000000-0000-0000-0000-000000000001';
    const badSendAs = await patch({ sendAs: [auth.id, unknown] });
    expect(badSendAs.status).toBe(400);
    expect(await badSendAs.json()).toEqual({ error: `sendAs: no user with object id '${unknown}' in the demo tenant.` });
    const badFullAccess = await patch({ sendAs: [privAuth.id], fullAccess: [auth.id, unknown] });
    expect(badFullAccess.status).toBe(400);
    expect(await badFullAccess.json()).toEqual({ error: `fullAccess: no user with object id '${unknown}' in the demo tenant.` });
    const token = await sharedToken(auth.userPrincipalName);
    // Neither refused patch granted anything nor took auth's Send As away.
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(403);
    expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk(desk.mail) })).status).toBe(202);
    expect((await patch({ fullAccess: [auth.id, auth.id.toUpperCase()] })).status).toBe(200);
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
  });
});

describe('a sender without a mailbox', () => {
  it('gets 404 MailboxNotEnabledForRESTAPI from /me/sendMail, and so does a target mailbox that has none', async () => {
    harness.emulator.control.setUser(auth.id, { mail: null });
    harness.emulator.control.setUser(desk.id, { fullAccess: [auth.id] });
    const token = await sharedToken(auth.userPrincipalName);
    const own = await harness.graph('/me/sendMail', { token, method: 'POST', body: message });
    expect(own.status).toBe(404);
    expect(await graphError(own)).toMatchObject({ code: 'MailboxNotEnabledForRESTAPI', message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.' });
    // Full Access and Send As on a mailbox do not need one of your own.
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
    harness.emulator.control.setUser(desk.id, { mail: null });
    const target = await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message });
    expect(target.status).toBe(404);
    expect((await graphError(target)).code).toBe('MailboxNotEnabledForRESTAPI');
    expect(harness.emulator.control.sentMail()).toHaveLength(1);
  });
});
