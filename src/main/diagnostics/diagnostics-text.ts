import type { CloudId } from '../../shared';
import type { RuntimeFacts } from '../platform/ports';
import type { RecordedFailure } from './recent-failures';

export interface OsFacts {
  platform: string;
  release: string;
  arch: string;
}

export interface ProfileFacts {
  id: string;
  label: string;
  cloud: CloudId;
  tenant: string;
  clientId: string;
}

/** The signed-in account, as the service desk needs it to find its sign-ins and its roles in the tenant. */
export interface AccountFacts {
  profileId: string;
  username: string;
  tenantId: string;
  authorityHost: string;
  graphHost: string;
  /** Null when the token cache could not be read. */
  permissions: string[] | null;
}

/** Everything the report says; no field may hold a pass, a token or what a person or the service wrote. */
export interface DiagnosticsFacts {
  createdAt: string;
  runtime: RuntimeFacts;
  os: OsFacts;
  /** The technician's choice of UI language (`system` follows the OS). */
  language: string;
  demo: boolean;
  logFile: string | null;
  profiles: ProfileFacts[];
  account: AccountFacts | null;
  failures: readonly RecordedFailure[];
}

const profileLine = ({ label, id, cloud, tenant, clientId }: ProfileFacts) => `${label} [${id}]: cloud ${cloud}, tenant ${tenant}, client id ${clientId}`;

const failureLine = ({ at, channel, code, reason, status, requestId }: RecordedFailure) =>
  [at, channel, code, reason && `reason ${reason}`, status !== undefined && `HTTP ${status}`, requestId && `request-id ${requestId}`].filter(Boolean).join('  ');

const versionsLine = ({ electron, chrome, node }: RuntimeFacts['versions']) =>
  [electron && `Electron ${electron}`, chrome && `Chromium ${chrome}`, `Node ${node}`].filter(Boolean).join(', ');

/**
 * Plain text for a service desk ticket, in English like the log: the desk's words go to the technician, these
 * to whoever supports them.
 */
export const diagnosticsText = (facts: DiagnosticsFacts): string => {
  const { runtime, os, account } = facts;
  const active = account ? facts.profiles.find((profile) => profile.id === account.profileId) : undefined;
  const others = facts.profiles.filter((profile) => profile !== active);
  const build = facts.demo ? 'demo mode' : runtime.packaged ? 'installed' : 'development';
  return [
    `TAP Desk diagnostics, ${facts.createdAt}`,
    'No pass, token or password is included.',
    '',
    `Version: TAP Desk ${runtime.appVersion} (${build})`,
    `Runtime: ${versionsLine(runtime.versions)}`,
    `Operating system: ${os.platform} ${os.release} ${os.arch}`,
    `Locale: ${runtime.locale}; language chosen: ${facts.language}`,
    `Log file: ${facts.logFile ?? 'none kept'}`,
    '',
    `Signed in: ${account ? 'yes' : 'no'}`,
    ...(account
      ? [
          `Account: ${account.username}, tenant id ${account.tenantId}`,
          `Tenant profile: ${active ? profileLine(active) : account.profileId}`,
          `Sign-in host: ${account.authorityHost}`,
          `Graph host: ${account.graphHost}`,
          `Granted permissions: ${account.permissions === null ? 'could not be read' : account.permissions.join(', ') || 'none'}`,
        ]
      : []),
    `${account ? 'Other tenant profiles' : 'Tenant profiles'}:${others.length === 0 ? ' none' : ''}`,
    ...others.map((profile) => `  ${profileLine(profile)}`),
    '',
    `Recent failures, oldest first (${facts.failures.length}):`,
    ...(facts.failures.length === 0 ? ['  none'] : facts.failures.map((failure) => `  ${failureLine(failure)}`)),
    '',
  ].join('\n');
};
