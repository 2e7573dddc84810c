import type { Response } from 'undici';
import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, type DemoTechnician } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

// Each Graph route the app calls, with the delegated permissions its API page lists: a token carrying only the least
// privileged one is served, so is one with each higher privileged one, and a token without any of them gets 403.
// The caller always holds a role that allows the action, so only the permission decides.

const harness = useHarness();

/** Every permission used below, granted tenant-wide so that a token can carry any one of them alone. */
const everyPermission = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'UserAuthMethod-TAP.Read',
  'UserAuthMethod-TAP.Read.All',
  'UserAuthMethod-TAP.ReadWrite',
  'UserAuthMethod-TAP.ReadWrite.All',
  'UserAuthenticationMethod.Read',
  'UserAuthenticationMethod.Read.All',
  'UserAuthenticationMethod.ReadWrite',
  'UserAuthenticationMethod.ReadWrite.All',
  'Policy.Read.All',
  'Policy.Read.AuthenticationMethod',
  'Policy.ReadWrite.AuthenticationMethod',
  'RoleManagement.Read.Directory',
  'RoleManagement.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'Mail.Send',
  'Mail.Send.Shared',
];

interface RouteRule {
  route: string;
  /** The API page whose Permissions table the rule copies. */
  doc: string;
  caller: DemoTechnician;
  least: string;
  higher: string[];
  /** Permissions that sound related but are not in the table (or reach only the signed-in user). */
  notAccepted: string[];
  /** Accepted by the emulator although the page's table does not list them; kept visible here rather than hidden. */
  unlisted?: string[];
  status: number;
  /** Puts the state the request needs in place (e.g. a pass to read or delete) and sends it. */
  send: (token: string) => Promise<Response>;
}

const target = demoPeople.withActivePass;
const passes = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;
const existingPassId = async (userId: string): Promise<string> => String(harness.emulator.control.issuePassElsewhere(userId)['id']);
const mail = { message: { subject: 'Hello', body: { contentType: 'Text', content: 'Hi' }, toRecipients: [{ emailAddress: { address: demoPeople.inScope.userPrincipalName } }] } };

const rules: RouteRule[] = [
  {
    route: 'GET /users/{id}/authentication/temporaryAccessPassMethods',
    doc: 'https://learn.microsoft.com/graph/api/authentication-list-temporaryaccesspassmethods',
    caller: demoTechnicians.global,
    least: 'UserAuthMethod-TAP.Read.All',
    higher: ['UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'UserAuthMethod-TAP.Read', 'UserAuthMethod-TAP.ReadWrite', 'UserAuthenticationMethod.Read', 'Directory.Read.All'],
    status: 200,
    send: (token) => harness.graph(passes(target.id), { token }),
  },
  {
    route: 'GET /users/{id}/authentication/temporaryAccessPassMethods/{id}',
    doc: 'https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethod-get',
    caller: demoTechnicians.global,
    least: 'UserAuthMethod-TAP.Read.All',
    higher: ['UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'UserAuthMethod-TAP.Read', 'UserAuthenticationMethod.Read'],
    status: 200,
    send: async (token) => harness.graph(`${passes(target.id)}/${await existingPassId(target.id)}`, { token }),
  },
  {
    route: 'POST /users/{id}/authentication/temporaryAccessPassMethods',
    doc: 'https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods',
    caller: demoTechnicians.global,
    least: 'UserAuthMethod-TAP.ReadWrite.All',
    higher: ['UserAuthenticationMethod.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'UserAuthMethod-TAP.Read.All', 'UserAuthMethod-TAP.ReadWrite', 'UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite'],
    status: 201,
    send: (token) => harness.graph(passes(demoPeople.inScope.id), { token, method: 'POST', body: {} }),
  },
  {
    route: 'DELETE /users/{id}/authentication/temporaryAccessPassMethods/{id}',
    doc: 'https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethod-delete',
    caller: demoTechnicians.global,
    least: 'UserAuthMethod-TAP.ReadWrite.All',
    higher: ['UserAuthenticationMethod.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'UserAuthMethod-TAP.Read.All', 'UserAuthenticationMethod.Read.All', 'UserAuthMethod-TAP.ReadWrite', 'UserAuthenticationMethod.ReadWrite'],
    status: 204,
    send: async (token) => harness.graph(`${passes(target.id)}/${await existingPassId(target.id)}`, { token, method: 'DELETE' }),
  },
  {
    route: 'GET /users/{id}/authentication/methods',
    doc: 'https://learn.microsoft.com/graph/api/authentication-list-methods',
    caller: demoTechnicians.global,
    least: 'UserAuthenticationMethod.Read.All',
    higher: ['UserAuthenticationMethod.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'UserAuthMethod-TAP.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read', 'Directory.Read.All'],
    status: 200,
    send: (token) => harness.graph(`/users/${target.id}/authentication/methods`, { token }),
  },
  {
    route: 'GET /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass',
    doc: 'https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get',
    caller: demoTechnicians.global,
    least: 'Policy.Read.AuthenticationMethod',
    higher: ['Policy.ReadWrite.AuthenticationMethod'],
    notAccepted: ['Policy.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Directory.Read.All'],
    status: 200,
    send: (token) => harness.graph('/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass', { token }),
  },
  {
    route: 'GET /roleManagement/directory/roleAssignments',
    doc: 'https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments',
    caller: demoTechnicians.auth,
    least: 'RoleManagement.Read.Directory',
    higher: ['RoleManagement.Read.All', 'Directory.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.ReadWrite.All'],
    notAccepted: ['User.Read.All', 'Policy.Read.All'],
    status: 200,
    send: (token) => harness.graph(`/roleManagement/directory/roleAssignments?$filter=principalId eq '${target.id}'`, { token }),
  },
  {
    route: 'POST /me/sendMail',
    doc: 'https://learn.microsoft.com/graph/api/user-sendmail',
    caller: demoTechnicians.auth,
    least: 'Mail.Send',
    // "Allows the app to send mail as the signed-in user, including sending on-behalf of others" (permissions reference).
    higher: ['Mail.Send.Shared'],
    notAccepted: ['User.Read', 'User.Read.All'],
    status: 202,
    send: (token) => harness.graph('/me/sendMail', { token, method: 'POST', body: mail }),
  },
  {
    route: 'GET /users',
    doc: 'https://learn.microsoft.com/graph/api/user-list',
    caller: demoTechnicians.auth,
    least: 'User.ReadBasic.All',
    higher: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    notAccepted: ['User.Read', 'UserAuthenticationMethod.Read.All'],
    status: 200,
    send: (token) => harness.graph('/users?$top=5', { token }),
  },
  {
    route: 'GET /users/{id}',
    doc: 'https://learn.microsoft.com/graph/api/user-get',
    caller: demoTechnicians.auth,
    least: 'User.ReadBasic.All',
    higher: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    notAccepted: ['User.Read', 'UserAuthenticationMethod.Read.All'],
    status: 200,
    send: (token) => harness.graph(`/users/${demoPeople.inScope.id}`, { token }),
  },
  {
    route: 'GET /users/{id}/manager',
    doc: 'https://learn.microsoft.com/graph/api/user-list-manager',
    caller: demoTechnicians.auth,
    least: 'User.Read.All',
    higher: ['Directory.Read.All', 'Directory.ReadWrite.All', 'User.ReadWrite.All'],
    notAccepted: ['User.Read', 'User.ReadBasic.All'],
    status: 200,
    send: (token) => harness.graph(`/users/${demoPeople.inScope.id}/manager`, { token }),
  },
  {
    route: 'GET /me/photo/$value',
    doc: 'https://learn.microsoft.com/graph/api/profilephoto-get',
    caller: demoTechnicians.auth,
    least: 'User.Read',
    higher: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All'],
    notAccepted: ['Mail.Send', 'UserAuthenticationMethod.Read.All'],
    unlisted: ['Directory.Read.All', 'Directory.ReadWrite.All'],
    status: 200,
    send: (token) => harness.graph('/me/photo/$value', { token }),
  },
];

/** A fresh demo tenant that granted every permission, then one request with a token carrying exactly `scopes`. */
const attempt = async (rule: RouteRule, scopes: string[]): Promise<Response> => {
  harness.emulator.control.setConsent(everyPermission);
  return rule.send(await harness.tokenFor(rule.caller.userPrincipalName, scopes));
};

describe.each(rules)('$route ($doc)', (rule) => {
  it(`serves a token with only ${rule.least}, the least privileged permission`, async () => {
    expect((await attempt(rule, [rule.least])).status).toBe(rule.status);
  });

  it.runIf(rule.higher.length > 0)('serves a token with only one of the higher privileged permissions', async () => {
    for (const permission of rule.higher) {
      expect({ permission, status: (await attempt(rule, [permission])).status }).toEqual({ permission, status: rule.status });
    }
  });

  it('refuses (403) a token without any listed permission', async () => {
    for (const permission of rule.notAccepted) {
      expect({ permission, status: (await attempt(rule, [permission])).status }).toEqual({ permission, status: 403 });
    }
    const accepted = [rule.least, ...rule.higher, ...(rule.unlisted ?? [])];
    expect((await attempt(rule, everyPermission.filter((permission) => !accepted.includes(permission)))).status).toBe(403);
  });
});

describe("the signed-in user's own methods", () => {
  it('lists and reads your own pass with UserAuthMethod-TAP.Read, the least privileged permission', async () => {
    const self = demoTechnicians.auth;
    harness.emulator.control.setConsent(everyPermission);
    const id = await existingPassId(self.id);
    const token = await harness.tokenFor(self.userPrincipalName, ['UserAuthMethod-TAP.Read']);
    expect((await harness.graph('/me/authentication/temporaryAccessPassMethods', { token })).status).toBe(200);
    expect((await harness.graph(`/me/authentication/temporaryAccessPassMethods/${id}`, { token })).status).toBe(200);
    expect((await harness.graph('/me/authentication/methods', { token })).status).toBe(403);
  });

  it('lists your own methods with UserAuthenticationMethod.Read and deletes your own pass with UserAuthenticationMethod.ReadWrite', async () => {
    const self = demoTechnicians.auth;
    harness.emulator.control.setConsent(everyPermission);
    const id = await existingPassId(self.id);
    const reader = await harness.tokenFor(self.userPrincipalName, ['UserAuthenticationMethod.Read']);
    expect((await harness.graph('/me/authentication/methods', { token: reader })).status).toBe(200);
    expect((await harness.graph(`/me/authentication/temporaryAccessPassMethods/${id}`, { token: reader, method: 'DELETE' })).status).toBe(403);
    const writer = await harness.tokenFor(self.userPrincipalName, ['UserAuthenticationMethod.ReadWrite']);
    expect((await harness.graph(`/me/authentication/temporaryAccessPassMethods/${id}`, { token: writer, method: 'DELETE' })).status).toBe(204);
  });
});
