import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoMailboxes, demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { authorizeUrl, graphError, startHarness, submitSignIn, type Harness } from './emulator-harness.js';

// https://learn.microsoft.com/graph/outlook-send-mail-from-other-user
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.control.reset());

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
    const token = await harness.tokenFor(auth.userPrincipalName);
    const user = (await (await harness.graph(`/users/${desk.id}?$select=displayName,mail,accountEnabled,userType`, { token })).json()) as Record<string, unknown>;
    expect(user).toMatchObject({ displayName: 'Contoso Service Desk', mail: desk.mail, accountEnabled: false, userType: 'Member' });
    const signIn = await (await submitSignIn(harness, authorizeUrl(harness.emulator), desk.userPrincipalName, 'anything')).text();
    expect(signIn).toContain('AADSTS50057: The user account is disabled.');
  });
});

describe('POST /users/{mailbox}/sendMail from a shared mailbox', () => {
  it('accepts Mail.Send.Shared with Send As (202) and records the mailbox as from and the caller as sentBy', async () => {
    for (const technician of [auth, helpdesk]) {
      const token = await sharedToken(technician.userPrincipalName);
      expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
      expect((await harness.graph(`/users/${encodeURIComponent(desk.userPrincipalName)}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
    }
    const sent = harness.emulator.control.sentMail();
    expect(sent).toHaveLength(4);
    expect(sent.map((mail) => mail.from)).toEqual(Array(4).fill(desk.userPrincipalName));
    expect(sent.map((mail) => mail.sentBy)).toEqual([auth.userPrincipalName, auth.userPrincipalName, helpdesk.userPrincipalName, helpdesk.userPrincipalName]);
    expect(sent[0]).toMatchObject({ saveToSentItems: false, message: message.message });
  });

  it('also sends from the mailbox through /me/sendMail with message.from, as in the documented example', async () => {
    const token = await sharedToken(auth.userPrincipalName);
    const fromDesk = { ...message, message: { ...message.message, from: { emailAddress: { address: desk.mail.toUpperCase() } } } };
    expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromDesk })).status).toBe(202);
    const fromSelf = { ...message, message: { ...message.message, from: { emailAddress: { address: auth.userPrincipalName } } } };
    expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: fromSelf })).status).toBe(202);
    expect(harness.emulator.control.sentMail().map(({ from, sentBy }) => ({ from, sentBy }))).toEqual([
      { from: desk.userPrincipalName, sentBy: auth.userPrincipalName },
      { from: auth.userPrincipalName, sentBy: auth.userPrincipalName },
    ]);
  });

  it('refuses a token without Mail.Send.Shared with 403 ErrorAccessDenied, whatever the Send As rights', async () => {
    const token = await harness.tokenFor(auth.userPrincipalName);
    const response = await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message });
    expect(response.status).toBe(403);
    expect(await graphError(response)).toMatchObject({ code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' });
    const viaFrom = await harness.graph('/me/sendMail', { token, method: 'POST', body: { ...message, message: { ...message.message, from: { emailAddress: { address: desk.mail } } } } });
    expect(viaFrom.status).toBe(403);
    expect((await graphError(viaFrom)).code).toBe('ErrorAccessDenied');
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });

  it('refuses a caller without Send As with 403 ErrorSendAsDenied (documented example 2)', async () => {
    const token = await sharedToken(privAuth.userPrincipalName);
    const expected = {
      code: 'ErrorSendAsDenied',
      message: 'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.',
    };
    const direct = await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message });
    expect(direct.status).toBe(403);
    expect(await graphError(direct)).toMatchObject(expected);
    const viaFrom = await harness.graph('/me/sendMail', { token, method: 'POST', body: { ...message, message: { ...message.message, from: { emailAddress: { address: desk.mail } } } } });
    expect(viaFrom.status).toBe(403);
    expect(await graphError(viaFrom)).toMatchObject(expected);
    const asPerson = await harness.graph(`/users/${demoPeople.inScope.id}/sendMail`, { token, method: 'POST', body: message });
    expect(await graphError(asPerson)).toMatchObject(expected);
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });

  it('takes Send As from the control surface; unknown ids are a 400 that changes nothing', async () => {
    harness.emulator.control.setUser(desk.id, { sendAs: [privAuth.id] });
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token: await sharedToken(privAuth.userPrincipalName), method: 'POST', body: message })).status).toBe(202);
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token: await sharedToken(auth.userPrincipalName), method: 'POST', body: message })).status).toBe(403);
    const refused = await harness.request(`${harness.emulator.controlUrl}/users/${desk.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sendAs: [auth.id, '00000000-0000-0000-0000-000000000001'] }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "sendAs: no user with object id '00000000-0000-0000-0000-000000000001' in the demo tenant." });
    harness.emulator.control.reset();
    expect(demoMailboxes.serviceDesk.sendAs).toContain(auth.id);
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token: await sharedToken(auth.userPrincipalName), method: 'POST', body: message })).status).toBe(202);
  });
});

describe('a sender without a mailbox', () => {
  it('gets 404 MailboxNotEnabledForRESTAPI from /me/sendMail, and so does a target mailbox that has none', async () => {
    harness.emulator.control.setUser(auth.id, { mail: null });
    const token = await sharedToken(auth.userPrincipalName);
    const own = await harness.graph('/me/sendMail', { token, method: 'POST', body: message });
    expect(own.status).toBe(404);
    expect(await graphError(own)).toMatchObject({ code: 'MailboxNotEnabledForRESTAPI', message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.' });
    // Send As on a mailbox does not need one of your own.
    expect((await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
    harness.emulator.control.setUser(desk.id, { mail: null });
    const target = await harness.graph(`/users/${desk.id}/sendMail`, { token, method: 'POST', body: message });
    expect(target.status).toBe(404);
    expect((await graphError(target)).code).toBe('MailboxNotEnabledForRESTAPI');
    expect(harness.emulator.control.sentMail()).toHaveLength(1);
  });
});
