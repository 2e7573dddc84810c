import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { AuthMethod, ExistingPass, TapPolicy, UserDetails, UserSummary } from '../../shared';
import { failure } from '../app-failure';
import { graphPermissions } from './graph-permissions';
import { batchGet, sendBatch, type BatchAnswer, type BatchGet } from './graph-batch';
import type { GraphConnection } from './graph-client';
import { isGraphStatus } from './graph-status';
import { describeMethod } from './method-labels';

const summaryFields = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'department', 'accountEnabled', 'userType'];
/** What the desk reads of a person it may issue for: the card's details and what the guest rule needs. */
export const directoryUserFields: readonly string[] = [...summaryFields, 'usageLocation', 'preferredLanguage', 'officeLocation', 'creationType'];

type Raw = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

const toSummary = (raw: Raw): UserSummary => ({
  id: String(raw.id),
  displayName: str(raw.displayName) ?? String(raw.userPrincipalName ?? raw.id),
  userPrincipalName: str(raw.userPrincipalName) ?? '',
  mail: str(raw.mail),
  jobTitle: str(raw.jobTitle),
  department: str(raw.department),
  accountEnabled: bool(raw.accountEnabled),
  userType: str(raw.userType),
});

export type DirectoryUser = UserDetails & { creationType: string | null };

export const toDirectoryUser = (raw: Raw): DirectoryUser => ({
  ...toSummary(raw),
  usageLocation: str(raw.usageLocation),
  preferredLanguage: str(raw.preferredLanguage),
  officeLocation: str(raw.officeLocation),
  creationType: str(raw.creationType),
});

/** A group or person the pass policy names. */
export interface PolicyTarget {
  targetType: 'group' | 'user';
  id: string;
}

/** Whom the pass policy covers: everyone (`all_users`) or the targets it includes, less those it excludes. */
export interface PolicyTargets {
  allUsers: boolean;
  include: PolicyTarget[];
  exclude: PolicyTarget[];
}

const ALL_USERS = 'all_users';

/**
 * includeTargets (authenticationMethodTarget) and excludeTargets (excludeTarget) of the policy, each a group or a
 * user by id, with `all_users` for everyone
 * (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethodconfiguration). Null
 * when a list is missing or names a target type the desk cannot judge (`unknownFutureValue`).
 */
const toTargets = (raw: Raw): PolicyTargets | null => {
  const read = (value: unknown): PolicyTarget[] | null => {
    if (!Array.isArray(value)) return null;
    const targets = (value as Raw[]).map((target) => ({ targetType: target.targetType, id: String(target.id) }));
    return targets.every((target): target is PolicyTarget => target.targetType === 'group' || target.targetType === 'user') ? targets : null;
  };
  const include = read(raw.includeTargets);
  const exclude = read(raw.excludeTargets);
  if (!include || !exclude) return null;
  return { allUsers: include.some((target) => target.id === ALL_USERS), include: include.filter((target) => target.id !== ALL_USERS), exclude };
};

/** A pass as Graph answers it, without its code. */
export const toPass = (raw: Raw): ExistingPass => ({
  id: String(raw.id),
  createdDateTime: str(raw.createdDateTime),
  startDateTime: str(raw.startDateTime),
  lifetimeInMinutes: typeof raw.lifetimeInMinutes === 'number' ? raw.lifetimeInMinutes : 0,
  isUsableOnce: raw.isUsableOnce === true,
  isUsable: raw.isUsable === true,
  methodUsabilityReason: str(raw.methodUsabilityReason) ?? 'Unknown',
});

/** One page of a users list (https://learn.microsoft.com/graph/paging). */
export interface UserPage {
  users: UserSummary[];
  /** `@odata.nextLink`: the absolute URL of the next page as Graph gave it, or null on the last page. */
  nextLink: string | null;
  /** `@odata.count`, which Graph puts on the first page only, and only when asked with `$count=true`. */
  total: number | null;
}

const toUserPage = (raw: Raw): UserPage => ({
  users: Array.isArray(raw.value) ? (raw.value as Raw[]).map(toSummary) : [],
  nextLink: str(raw['@odata.nextLink']),
  total: typeof raw['@odata.count'] === 'number' ? raw['@odata.count'] : null,
});

/** Graph's $search phrase syntax has no escape we can rely on, so quotes and backslashes are dropped. */
const searchTerm = (query: string) => query.replace(/["\\]/g, ' ').trim();

const isForbidden = (error: unknown) => isGraphStatus(error, 403);

const userPath = (userId: string) => `/users/${encodeURIComponent(userId)}`;
const { users: basic, passes: passWrite, methods: methodsRead, policy: policyRead, roles: rolesRead, mail: mailSend, mailShared } = graphPermissions;

export interface Mailbox {
  name: string;
  address: string;
}

export interface OutgoingMail {
  subject: string;
  html: string;
  to: Mailbox[];
  cc: Mailbox[];
  /** A mail with the pass is kept out of Sent Items, where delegates and admins could read it later. */
  containsPass: boolean;
}

const recipients = (list: Mailbox[]) => list.map(({ name, address }) => ({ emailAddress: { name, address } }));

/** What a manager answer is: a person, nobody (404), or not readable with this role (403). */
export type ManagerLookup = { kind: 'found'; manager: Mailbox } | { kind: 'none' } | { kind: 'forbidden' };

/** Typed Microsoft Graph v1.0 calls TAP Desk makes, each with the least permission it needs. */
export class GraphApi {
  constructor(private readonly graph: GraphConnection) {}

  /** The Graph origin of the signed-in account's cloud: the only host a link Graph returned may be followed to. */
  get graphHost(): string {
    return this.graph.graphHost;
  }

  /**
   * The first page of people whose name, sign-in name or mail has a word starting with the query, with how many
   * match in all: `$search` and `$count=true` both take `ConsistencyLevel: eventual`
   * (https://learn.microsoft.com/graph/aad-advanced-queries, https://learn.microsoft.com/graph/api/user-list).
   */
  async searchUsers(query: string, top: number): Promise<UserPage> {
    const term = searchTerm(query);
    if (!term) return { users: [], nextLink: null, total: 0 };
    const response = (await this.graph
      .request('/users', basic)
      .header('ConsistencyLevel', 'eventual')
      .query({ $search: `"displayName:${term}" OR "userPrincipalName:${term}" OR "mail:${term}"` })
      .count(true)
      .select(summaryFields)
      .orderby('displayName')
      .top(top)
      .get()) as Raw;
    return toUserPage(response);
  }

  /**
   * The page a search's `@odata.nextLink` names. Graph does not carry the first request's headers over to later
   * pages (https://learn.microsoft.com/graph/paging), and the link's `$search` needs ConsistencyLevel again. The
   * client attaches this account's token to any Graph host, so the caller passes only a link it has checked.
   */
  async nextUsersPage(nextLink: string): Promise<UserPage> {
    return toUserPage((await this.graph.request(nextLink, basic).header('ConsistencyLevel', 'eventual').get()) as Raw);
  }

  async user(userId: string): Promise<DirectoryUser> {
    return toDirectoryUser((await this.graph.request(userPath(userId), basic).select([...directoryUserFields]).get()) as Raw);
  }

  /**
   * A page of the people whose `employeeHireDate` lies within the two instants, both included: filtering on it is
   * an advanced query, which takes `ConsistencyLevel: eventual` and `$count=true`
   * (https://learn.microsoft.com/graph/aad-advanced-queries, and "Supports $filter (eq, ne, not, ge, le, in)" at
   * https://learn.microsoft.com/graph/api/resources/user#properties). Graph does not carry the header over to the
   * `@odata.nextLink` (https://learn.microsoft.com/graph/paging), so it goes with every page; the caller passes
   * only a link it has checked.
   */
  async hiredBetween(page: { from: string; to: string; select: readonly string[]; top: number } | { nextLink: string }): Promise<{ users: Raw[]; nextLink: string | null }> {
    const request =
      'nextLink' in page
        ? this.graph.request(page.nextLink, basic)
        : this.graph
            .request('/users', basic)
            .filter(`employeeHireDate ge ${page.from} and employeeHireDate le ${page.to}`)
            .count(true)
            .select([...page.select])
            .top(page.top);
    const raw = (await request.header('ConsistencyLevel', 'eventual').get()) as Raw;
    return { users: Array.isArray(raw.value) ? (raw.value as Raw[]) : [], nextLink: str(raw['@odata.nextLink']) };
  }

  /** The profile photo as a data URL, or null when the person has none. */
  async photoDataUrl(userId: string): Promise<string | null> {
    try {
      const response = (await this.graph.request(`${userPath(userId)}/photo/$value`, basic).responseType(ResponseType.RAW).get()) as Response;
      if (!response.ok) return null;
      const type = response.headers.get('content-type') ?? 'image/jpeg';
      if (!/^image\/(jpeg|png|gif|webp)$/.test(type)) return null;
      return `data:${type};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`;
    } catch (error) {
      if (isGraphStatus(error, 404)) return null;
      throw error;
    }
  }

  async methods(userId: string): Promise<AuthMethod[]> {
    const response = (await this.graph.request(`${userPath(userId)}/authentication/methods`, methodsRead).get()) as { value: Raw[] };
    return response.value.map(describeMethod);
  }

  async temporaryAccessPasses(userId: string): Promise<ExistingPass[]> {
    const response = (await this.graph.request(`${userPath(userId)}/authentication/temporaryAccessPassMethods`, passWrite).get()) as { value: Raw[] };
    return response.value.map(toPass);
  }

  async createTemporaryAccessPass(
    userId: string,
    body: { lifetimeInMinutes?: number; isUsableOnce?: boolean; startDateTime?: string },
  ): Promise<ExistingPass & { temporaryAccessPass: string }> {
    const raw = (await this.graph.request(`${userPath(userId)}/authentication/temporaryAccessPassMethods`, passWrite).post(body)) as Raw;
    const pass = raw.temporaryAccessPass;
    if (typeof pass !== 'string' || !pass) throw failure('unexpected', 'Microsoft Graph created the pass but did not return it. Create it again to get one you can read out.', { reason: 'pass_not_returned' });
    return { ...toPass(raw), temporaryAccessPass: pass };
  }

  async deleteTemporaryAccessPass(userId: string, passId: string): Promise<void> {
    await this.graph.request(`${userPath(userId)}/authentication/temporaryAccessPassMethods/${encodeURIComponent(passId)}`, passWrite).delete();
  }

  /** The tenant's TAP policy, or null when the signed-in role may not read it (e.g. Authentication Administrator). */
  async tapPolicy(): Promise<TapPolicy | null> {
    return (await this.tapPolicyWithTargets())?.policy ?? null;
  }

  /** The TAP policy with whom it covers (targets null when they cannot be judged), or null like `tapPolicy`. */
  async tapPolicyWithTargets(): Promise<{ policy: TapPolicy; targets: PolicyTargets | null } | null> {
    try {
      const raw = (await this.graph
        .request('/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass', policyRead)
        .get()) as Raw;
      const policy: TapPolicy = {
        state: raw.state === 'enabled' ? 'enabled' : 'disabled',
        defaultLifetimeInMinutes: Number(raw.defaultLifetimeInMinutes),
        defaultLength: Number(raw.defaultLength),
        minimumLifetimeInMinutes: Number(raw.minimumLifetimeInMinutes),
        maximumLifetimeInMinutes: Number(raw.maximumLifetimeInMinutes),
        isUsableOnce: raw.isUsableOnce === true,
      };
      return { policy, targets: toTargets(raw) };
    } catch (error) {
      if (isForbidden(error)) return null;
      throw error;
    }
  }

  /** Every address that reaches the person's own mailbox: mail, sign-in name and Exchange's SMTP proxies. */
  async mailboxAddresses(userId: string): Promise<string[]> {
    const raw = (await this.graph.request(userPath(userId), basic).select(['mail', 'userPrincipalName', 'proxyAddresses']).get()) as Raw;
    const proxies = Array.isArray(raw.proxyAddresses) ? raw.proxyAddresses.filter((value): value is string => typeof value === 'string') : [];
    return [str(raw.mail), str(raw.userPrincipalName), ...proxies.filter((value) => /^smtp:/i.test(value)).map((value) => value.slice(5))].filter(
      (address): address is string => Boolean(address),
    );
  }

  /** https://learn.microsoft.com/graph/api/user-list-manager: 404 when no manager is set. */
  async manager(userId: string): Promise<ManagerLookup> {
    try {
      const raw = (await this.graph.request(`${userPath(userId)}/manager`, basic).select(['id', 'displayName', 'mail', 'userPrincipalName']).get()) as Raw;
      const address = str(raw.mail) ?? str(raw.userPrincipalName);
      if (!address) return { kind: 'none' };
      return { kind: 'found', manager: { name: str(raw.displayName) ?? address, address } };
    } catch (error) {
      if (isGraphStatus(error, 404)) return { kind: 'none' };
      if (isForbidden(error)) return { kind: 'forbidden' };
      throw error;
    }
  }

  /**
   * https://learn.microsoft.com/graph/api/user-sendmail, always through /me: from a shared mailbox by setting
   * `from`, which needs Mail.Send.Shared and Send As, whereas /users/{mailbox}/sendMail would also need Full
   * Access (https://learn.microsoft.com/graph/outlook-send-mail-from-other-user). 202 means Exchange accepted it.
   */
  async sendMail(sharedMailbox: string | null, mail: OutgoingMail): Promise<void> {
    await this.graph.request('/me/sendMail', sharedMailbox ? mailShared : mailSend).post({
      message: {
        subject: mail.subject,
        body: { contentType: 'HTML', content: mail.html },
        toRecipients: recipients(mail.to),
        ccRecipients: recipients(mail.cc),
        ...(sharedMailbox ? { from: { emailAddress: { address: sharedMailbox } } } : {}),
      },
      saveToSentItems: !mail.containsPass,
    });
  }

  /** Many reads in as few round trips as JSON batching allows; each answer as Graph gave it. */
  batch(requests: readonly BatchGet[], permissions: readonly string[]): Promise<Map<string, BatchAnswer>> {
    return batchGet(this.graph, permissions, requests);
  }

  /** One round trip of up to 20 writes, never repeated after a 503: the caller reconciles what it cannot know. */
  writeBatch(requests: readonly BatchGet[], permissions: readonly string[]): Promise<Map<string, BatchAnswer>> {
    return sendBatch(this.graph, permissions, requests, { write: true });
  }

  /** One page of the directory audit log: the first for a filter, or the one a `@odata.nextLink` names. */
  async directoryAudits(page: { filter: string; top: number } | { nextLink: string }): Promise<{ events: Raw[]; nextLink: string | null }> {
    const request = 'nextLink' in page ? this.graph.request(page.nextLink, graphPermissions.auditLog) : this.graph.request('/auditLogs/directoryAudits', graphPermissions.auditLog).filter(page.filter).top(page.top);
    const raw = (await request.get()) as Raw;
    return { events: Array.isArray(raw.value) ? (raw.value as Raw[]) : [], nextLink: str(raw['@odata.nextLink']) };
  }

  /** Role template ids directly assigned to a principal, or null when roles cannot be read. */
  async directoryRoleIds(principalId: string): Promise<string[] | null> {
    try {
      const response = (await this.graph
        .request('/roleManagement/directory/roleAssignments', rolesRead)
        .filter(`principalId eq '${principalId.replace(/'/g, "''")}'`)
        .select(['roleDefinitionId'])
        .get()) as { value: Raw[] };
      return response.value.map((assignment) => String(assignment.roleDefinitionId));
    } catch (error) {
      if (isForbidden(error)) return null;
      throw error;
    }
  }
}
