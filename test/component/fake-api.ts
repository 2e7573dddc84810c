import { vi, type Mock } from 'vitest';
import {
  appError,
  defaultPreferences,
  defaultTenantSettings,
  err,
  ok,
  type CheckedRow,
  type CohortCheck,
  type CohortIssueRow,
  type CohortPerson,
  type CohortProgress,
  type CohortRow,
  type CohortRowResult,
  type CohortRun,
  type EventListener,
  type EventName,
  type EventPayload,
  type IssuedPass,
  type Session,
  type SignedInAccount,
  type TapContext,
  type TapDeskApi,
  type TapPolicy,
  type TenantProfile,
  type UserSummary,
} from '../../src/shared';
import { provideApi } from '../../src/renderer/src/api';

export type FakeApi = { [K in keyof TapDeskApi]: Mock<TapDeskApi[K]> };

export const profile: TenantProfile = {
  id: 'contoso',
  label: 'Contoso',
  cloud: 'global',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
};

export const account: SignedInAccount = {
  profileId: 'contoso',
  homeAccountId: 'tech-1.tenant-1',
  username: 'tess@contoso.com',
  name: 'Tess Technician',
  tenantId: 'tenant-1',
};

export const signedOut: Session = { profiles: [profile], accounts: [], active: null, demo: false };
export const signedIn: Session = { profiles: [profile], accounts: [account], active: account, demo: false };

export const person = (id: string, displayName: string, extra: Partial<UserSummary> = {}): UserSummary => ({
  id,
  displayName,
  userPrincipalName: `${id}@contoso.com`,
  mail: `${id}@contoso.com`,
  jobTitle: 'Analyst',
  department: 'Finance',
  accountEnabled: true,
  userType: 'Member',
  ...extra,
});

export const adele = person('adele', 'Adele Vance', { jobTitle: 'Retail Manager', department: 'Sales' });

export const tapPolicy = (extra: Partial<TapPolicy> = {}): TapPolicy => ({
  state: 'enabled',
  defaultLifetimeInMinutes: 120,
  defaultLength: 8,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 1440,
  isUsableOnce: false,
  ...extra,
});

export const contextFor = (user: UserSummary, extra: Partial<TapContext> = {}): TapContext => ({
  user: { ...user, usageLocation: 'NL', preferredLanguage: 'nl-NL', officeLocation: 'Utrecht' },
  photoDataUrl: null,
  methods: [],
  existingPass: null,
  policy: tapPolicy(),
  findings: [],
  ...extra,
});

export const issuedFor = (userId: string, extra: Partial<IssuedPass> = {}): IssuedPass => ({
  id: 'pass-1',
  userId,
  temporaryAccessPass: 'Kq7#mP0x',
  createdDateTime: '2030-05-01T09:00:00Z',
  startDateTime: '2030-05-01T09:00:00Z',
  lifetimeInMinutes: 120,
  isUsableOnce: false,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
  replacedPass: null,
  recovered: null,
  securityInfoUrl: 'https://mysignins.microsoft.com/security-info?login_hint=adele%40contoso.com',
  ...extra,
});

export const cohortId = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The person a cohort row names: `line` 2 is `user-2`, named after the row's key. */
export const cohortPerson = (line: number, displayName: string, extra: Partial<CohortPerson> = {}): CohortPerson => ({
  id: `user-${line}`,
  displayName,
  userPrincipalName: `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@contoso.com`,
  mail: null,
  preferredLanguage: null,
  usageLocation: 'NL',
  employeeHireDate: null,
  accountEnabled: true,
  ...extra,
});

/** A row the check found ready, unless `extra` says otherwise. */
export const checkedRow = (line: number, displayName: string, extra: Partial<CheckedRow> = {}): CheckedRow => {
  const found = cohortPerson(line, displayName);
  return {
    line,
    key: found.userPrincipalName,
    keyKind: 'userPrincipalName',
    options: {},
    finding: 'ready',
    person: found,
    existingPass: null,
    candidates: null,
    duplicateOf: null,
    error: null,
    language: 'en',
    ...extra,
  };
};

export const cohortCheck = (rows: CheckedRow[], extra: Partial<CohortCheck> = {}): CohortCheck => ({
  cohortId,
  rows,
  policy: tapPolicy(),
  policyScopeChecked: true,
  checkedAt: '2030-05-01T08:00:00Z',
  ...extra,
});

/** A row issued and held for the desk queue, unless `extra` says otherwise. */
export const rowResult = (line: number, extra: Partial<CohortRowResult> = {}): CohortRowResult => ({
  line,
  outcome: 'issued',
  pass: {
    id: `pass-${line}`,
    createdDateTime: '2030-05-01T09:00:00Z',
    startDateTime: '2030-05-01T09:00:00Z',
    lifetimeInMinutes: 480,
    isUsableOnce: false,
    isUsable: true,
    methodUsabilityReason: 'EnabledByPolicy',
  },
  replacedPassId: null,
  recovered: null,
  skippedBecause: null,
  error: null,
  held: extra.outcome === undefined || extra.outcome === 'issued',
  handedOver: false,
  ...extra,
});

export const cohortRun = (rows: CohortRowResult[], extra: Partial<CohortRun> = {}): CohortRun => ({
  cohortId,
  rows,
  cancelled: false,
  heldUntil: '2999-01-01T00:00:00Z',
  ...extra,
});

export const cohortProgress = (extra: Partial<CohortProgress> = {}): CohortProgress => ({
  cohortId,
  phase: 'issuing',
  done: 0,
  total: 10,
  counts: { issued: 0, refused: 0, failed: 0, skipped: 0 },
  state: 'running',
  throttledSeconds: null,
  secondsLeft: null,
  ...extra,
});

const checkedFrom = (row: CohortRow): CheckedRow => ({ ...checkedRow(row.line, row.key), key: row.key, keyKind: row.keyKind });
const issuedFrom = (row: CohortIssueRow): CohortRowResult => rowResult(row.line);

/** The listeners of each fake that have not stopped listening, by event. */
const listening = new WeakMap<FakeApi, Map<EventName, Set<(payload: never) => void>>>();

/** Every method answers successfully unless a test says otherwise; the fake is installed as the app's api. */
export const installFakeApi = (session: Session = signedIn): FakeApi => {
  const live = new Map<EventName, Set<(payload: never) => void>>();
  const api: FakeApi = {
    getSession: vi.fn(async () => ok(session)),
    saveProfile: vi.fn(async (input) => ok({ ...input, id: input.id ?? 'new-profile' })),
    removeProfile: vi.fn(async () => ok({ ...session, profiles: [] })),
    cancelCall: vi.fn(async () => ok(true)),
    storeProblem: vi.fn(async () => ok(null)),
    managedStatus: vi.fn(async () => ok({ file: null, state: 'none' as const, problem: null, demoRefused: false })),
    getPreferences: vi.fn(async () => ok(defaultPreferences)),
    savePreferences: vi.fn(async ({ preferences }) => ok(preferences)),
    getTenantSettings: vi.fn(async () => ok({ settings: defaultTenantSettings(), problem: null, logoDataUrl: null })),
    saveTenantSettings: vi.fn(async ({ settings }) => ok({ settings, problem: null, logoDataUrl: null })),
    signIn: vi.fn(async () => ok(account)),
    cancelSignIn: vi.fn(async () => ok(true)),
    switchAccount: vi.fn(async () => ok(account)),
    signOut: vi.fn(async () => ok(signedOut)),
    searchUsers: vi.fn(async () => ok({ users: [adele] })),
    prepareTap: vi.fn(async ({ userId }) => ok(contextFor(userId === adele.id ? adele : person(userId, userId)))),
    createTap: vi.fn(async ({ userId }) => ok(issuedFor(userId))),
    passStatus: vi.fn(async () => ok({ existingPass: null, methods: [], checkedAt: '2030-05-01T09:00:00Z' })),
    revokePass: vi.fn(async () => ok(true)),
    cancelTap: vi.fn(async () => ok(true)),
    forgetPass: vi.fn(async () => ok(true)),
    copyPass: vi.fn(async () => ok({ clearAfterSeconds: 30 })),
    setPassVisible: vi.fn(async ({ visible }) => ok(visible)),
    importLogo: vi.fn(async () => ok({ logoFile: 'contoso-0123456789abcdef.png', logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=' })),
    exportTenantSettings: vi.fn(async () => ok({ savedTo: '/home/tech/TAP Desk settings - Contoso.json' })),
    readTenantSettingsImport: vi.fn(async () => ok({ settings: defaultTenantSettings(), logoDataUrl: null, changes: [] })),
    prepareNotification: vi.fn(async () => err(appError('validation', 'No notification prepared in this test.'))),
    sendNotification: vi.fn(async () => ok({ acceptedAt: '2030-05-01T09:00:00Z', from: 'tech@contoso.com', to: [], cc: [] })),
    grantMailConsent: vi.fn(async () => ok(true)),
    discardNotification: vi.fn(async () => ok(true)),
    printSlip: vi.fn(async ({ output }) => ok({ done: true, savedTo: output === 'pdf' ? '/home/tech/Temporary Access Pass.pdf' : null })),
    slipLanguages: vi.fn(async () => ok({ languages: ['en', 'de', 'fr', 'pt', 'ja'], automatic: 'en' })),
    journalToday: vi.fn(async () => ok({ entries: [], integrity: { state: 'empty' as const }, writeProblem: null })),
    passStatuses: vi.fn(async () => ok([])),
    tenantPasses: vi.fn(async () => ok({ events: [], auditLog: 'read' as const, truncated: false })),
    exportJournal: vi.fn(async () => ok({ savedTo: '/home/tech/TAP Desk journal.csv', rows: 0 })),
    consentToAuditLog: vi.fn(async () => ok(true)),
    findHires: vi.fn(async () => ok({ people: [], more: false })),
    checkCohort: vi.fn(async ({ rows }) => ok(cohortCheck(rows.map(checkedFrom)))),
    issueCohort: vi.fn(async ({ cohortId: id, rows }) => ok(cohortRun(rows.map(issuedFrom), { cohortId: id }))),
    controlCohortRun: vi.fn(async () => ok(true)),
    handOverFromCohort: vi.fn(async ({ line }) => ok(issuedFor(`user-${line}`, { id: `pass-${line}` }))),
    printCohortSheet: vi.fn(async ({ output }) => ok({ done: true, savedTo: output === 'pdf' ? '/home/tech/Cohort passes.pdf' : null, pages: 1 })),
    previewCohortNotices: vi.fn(async () => ok({ sample: null, rows: [] })),
    sendCohortNotices: vi.fn(async ({ lines }) =>
      ok(lines.map((line) => ({ line, outcome: 'sent' as const, block: null, error: null, acceptedAt: '2030-05-01T09:30:00Z' }))),
    ),
    closeCohort: vi.fn(async () => ok(true)),
    copyDiagnostics: vi.fn(async () => ok({ failures: 0, logFile: '/home/tech/.config/TAP Desk/logs/main.log' })),
    setMenuLabels: vi.fn(async () => ok(true)),
    on: vi.fn((event, listener) => {
      const listeners = live.get(event) ?? new Set();
      live.set(event, listeners.add(listener));
      return () => void listeners.delete(listener);
    }),
  };
  listening.set(api, live);
  provideApi(api);
  return api;
};

/** Sends main's event to whoever listens for it last, as the preload would. */
export const emitEvent = <E extends EventName>(api: FakeApi, event: E, payload: EventPayload<E>) => {
  const listener = api.on.mock.calls.findLast(([name]) => name === event)?.[1] as EventListener<E> | undefined;
  if (!listener) throw new Error(`Nobody listens for ${event}.`);
  listener(payload);
};

/**
 * Sends main's event to every listener still listening, as the preload does when several parts of the page listen;
 * says how many heard it.
 */
export const broadcastEvent = <E extends EventName>(api: FakeApi, event: E, payload: EventPayload<E>): number => {
  const listeners = [...(listening.get(api)?.get(event) ?? [])] as EventListener<E>[];
  for (const listener of listeners) listener(payload);
  return listeners.length;
};

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

export const deferred = <T>(): Deferred<T> => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};
