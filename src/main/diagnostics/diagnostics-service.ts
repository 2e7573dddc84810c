import { arch, platform, release } from 'node:os';
import type { AuthService, ProfileRepository } from '../accounts';
import type { RuntimeFacts } from '../platform/ports';
import { diagnosticsText, type AccountFacts, type OsFacts } from './diagnostics-text';
import type { RecentFailures } from './recent-failures';
import { redact } from './redaction';

export interface DiagnosticsDeps {
  runtime: () => RuntimeFacts;
  profiles: Pick<ProfileRepository, 'list'>;
  auth: Pick<AuthService, 'active' | 'grantedPermissions'>;
  /** The technician's choice of UI language. */
  language: () => string;
  demo: boolean;
  failures: RecentFailures;
  logFile: string | null;
  /** The passes main holds now: the report is checked against them before it leaves main. */
  secrets: () => Iterable<string>;
  os?: () => OsFacts;
  now?: () => Date;
}

const thisOs = (): OsFacts => ({ platform: platform(), release: release(), arch: arch() });

/** The facts of the running app under plain Node, where no Electron tells them (tests, benches, the e2e harness). */
export const nodeRuntime = (): RuntimeFacts => ({
  appVersion: 'unknown',
  packaged: false,
  versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
  locale: Intl.DateTimeFormat().resolvedOptions().locale,
});

const accountFacts = async (auth: DiagnosticsDeps['auth']): Promise<AccountFacts | null> => {
  const active = await auth.active().catch(() => null);
  if (!active) return null;
  const { profile, account, endpoints } = active;
  const permissions = await auth.grantedPermissions({ profileId: profile.id, homeAccountId: account.homeAccountId }).catch(() => null);
  return {
    profileId: profile.id,
    username: account.username,
    tenantId: account.tenantId,
    authorityHost: endpoints.authorityHost,
    graphHost: endpoints.graphHost,
    permissions,
  };
};

/** Puts the report together from what main knows now; reading it never calls Microsoft. */
export const diagnosticsReport = async (deps: DiagnosticsDeps): Promise<{ text: string; failures: number }> => {
  const failures = deps.failures.list();
  const text = diagnosticsText({
    createdAt: (deps.now?.() ?? new Date()).toISOString(),
    runtime: deps.runtime(),
    os: (deps.os ?? thisOs)(),
    language: deps.language(),
    demo: deps.demo,
    logFile: deps.logFile,
    profiles: deps.profiles.list(),
    account: await accountFacts(deps.auth),
    failures,
  });
  return { text: redact(text, deps.secrets()), failures: failures.length };
};
