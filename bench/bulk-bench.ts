/**
 * Bulk onboarding figures, against the emulator through main's real router: a cohort of 100 at 150 ms per Graph
 * round trip against the PowerShell-style loop (look the person up, list their passes, create one, one at a time),
 * and a cohort of 1,000 while about one request in ten meets a fault, checked afterwards against the emulator's own
 * record of every pass created. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { demoTechnicians, startEmulator, type FaultSpec, type RunningEmulator } from '../src/emulator';
import type { CohortCheck, CohortIssueRow, CohortRow, CohortRun } from '../src/shared';
import { deskServices } from '../test/support/desk-services';
import { signedInApi } from '../test/unit/main/bulk/signed-in-api';

const LATENCY_MS = 150;
const COHORT = 1000;
const HIRE_DATE = '2031-03-02';
const noSpecials = { guest: 0, disabled: 0, privileged: 0, excluded: 0, holdsPass: 0 };

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** Every row as the review would leave it with its defaults: issue where it may, replace a pass the person holds. */
const chosenRows = (check: CohortCheck): CohortIssueRow[] =>
  check.rows.flatMap((row): CohortIssueRow[] => {
    if (row.finding === 'ready' || row.finding === 'disabled' || row.finding === 'privileged') return [{ line: row.line, action: 'issue', lifetimeInMinutes: 480 }];
    if (row.finding === 'has_pass') return [{ line: row.line, action: 'replace', lifetimeInMinutes: 480 }];
    return [];
  });

const rowsFor = (people: readonly { userPrincipalName: string }[]): CohortRow[] =>
  people.map((person, index) => ({ line: index + 2, key: person.userPrincipalName, keyKind: 'userPrincipalName' }));

/** Requests to Graph as the emulator logged them: a `$batch` is one, whatever parts it carries. */
const graphRoundTrips = (emulator: RunningEmulator, from: number) => {
  const graph = emulator.control
    .requestLog()
    .slice(from)
    .filter((entry) => entry.path.startsWith('/v1.0/'));
  const batches = graph.filter((entry) => entry.path === '/v1.0/$batch').length;
  return { batches, alone: graph.length - batches };
};

const benchHundred = async () => {
  const emulator = await startEmulator();
  try {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.privAuth);
    const cohort = emulator.control.seedCohort({ count: 100, hireDate: HIRE_DATE, seed: 11, specials: noSpecials }).people;
    const looped = emulator.control.seedCohort({ count: 100, hireDate: HIRE_DATE, seed: 12, specials: noSpecials }).people;
    // The tokens the check and the run ask for are fetched once before the clock starts, as at a desk that signed in.
    await desk.value('bulk:check', { rows: rowsFor(cohort.slice(0, 1)) });
    emulator.control.addFault({ pathPattern: '^/v1\\.0/', latencyMs: LATENCY_MS });

    const before = emulator.control.requestLog().length;
    const started = performance.now();
    const check = await desk.value('bulk:check', { rows: rowsFor(cohort) });
    const checked = performance.now();
    const run = await desk.value('bulk:issue', { cohortId: check.cohortId, rows: chosenRows(check) });
    const bulk = performance.now() - started;
    const issued = run.rows.filter((row) => row.outcome === 'issued').length;

    const api = signedInApi(emulator, demoTechnicians.privAuth.userPrincipalName);
    await api.user(looped[0]!.userPrincipalName);
    const loopStarted = performance.now();
    for (const person of looped) {
      const user = await api.user(person.userPrincipalName);
      await api.temporaryAccessPasses(user.id);
      await api.createTemporaryAccessPass(user.id, { lifetimeInMinutes: 480 });
    }
    const loop = performance.now() - loopStarted;
    console.log(
      `bulk 100 people at ${LATENCY_MS} ms RTT: ${seconds(bulk)} s; sequential loop (GET user, list passes, POST per person): ${seconds(loop)} s; ratio Y/X ${(loop / bulk).toFixed(1)}`,
    );
    const { batches, alone } = graphRoundTrips(emulator, before);
    console.log(`  check ${seconds(checked - started)} s, issue ${seconds(bulk - (checked - started))} s, ${issued} of 100 issued; Graph requests: ${batches} $batch, ${alone} alone`);
  } finally {
    await emulator.close();
  }
};

/** About one request in ten meets one of these, on the reads and the creates, inside batches. */
const faults: FaultSpec[] = [
  { method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 429, retryAfterSeconds: 1, probability: 0.03 },
  { method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 503, probability: 0.02 },
  { method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 504, afterHandler: true, probability: 0.02 },
  { method: 'POST', pathPattern: 'temporaryAccessPassMethods$', drop: true, afterHandler: true, probability: 0.02 },
  { method: 'POST', pathPattern: 'temporaryAccessPassMethods$', cutsBatch: true, afterHandler: true, probability: 0.002 },
  { method: 'GET', pathPattern: 'temporaryAccessPassMethods$', status: 503, probability: 0.05 },
  { method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 429, retryAfterSeconds: 1, probability: 0.05 },
];

/** What the emulator's record says about the run: passes nobody can read, and people given more than the run meant. */
const reconcile = (emulator: RunningEmulator, run: CohortRun, check: CohortCheck, since: number) => {
  const creates = new Map<string, number>();
  for (const entry of emulator.control.passAudit()) {
    if (entry.at >= since && entry.activity === 'create') creates.set(entry.userId.toLowerCase(), (creates.get(entry.userId.toLowerCase()) ?? 0) + 1);
  }
  let lost = 0;
  let duplicates = 0;
  let unreadableLeft = 0;
  for (const row of run.rows) {
    const person = check.rows.find((checked) => checked.line === row.line)?.person;
    if (!person) continue;
    const holds = emulator.control.passOf(person.id) as { id?: string } | null;
    const made = creates.get(person.id.toLowerCase()) ?? 0;
    if (row.outcome === 'issued') {
      // Issued means the person holds exactly the pass whose code the desk holds.
      if (holds?.id !== row.pass?.id) lost += 1;
      if (made > (row.recovered ? 2 : 1)) duplicates += 1;
    } else if (made > 0 && holds && row.error?.passState?.outcome !== 'unreadable' && row.error?.passState?.outcome !== 'pending') {
      // A pass was made for a row the desk did not say so about.
      lost += 1;
    } else if (made > 0 && holds) {
      unreadableLeft += 1;
    }
  }
  return { lost, duplicates, unreadableLeft };
};

const benchThousand = async () => {
  const emulator = await startEmulator();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.privAuth);
    const { people } = emulator.control.seedCohort({ count: COHORT, hireDate: HIRE_DATE, seed: 2026 });
    emulator.control.setFaultSeed(20261202);
    const started = performance.now();
    const check = await desk.value('bulk:check', { rows: rowsFor(people) });
    const checked = performance.now();
    for (const fault of faults) emulator.control.addFault(fault);
    const since = Date.now();
    const chosen = chosenRows(check);
    const run = await desk.value('bulk:issue', { cohortId: check.cohortId, rows: chosen });
    const finished = performance.now();
    const count = (outcome: string) => run.rows.filter((row) => row.outcome === outcome).length;
    const accounted = run.rows.length === people.length && new Set(run.rows.map((row) => row.line)).size === people.length;
    const { lost, duplicates, unreadableLeft } = reconcile(emulator, run, check, since);
    const failures = Object.entries(
      run.rows
        .filter((row) => row.error)
        .reduce<Record<string, number>>((tally, row) => {
          const key = `${row.outcome} ${row.error!.code}${row.error!.passState ? ` (${row.error!.passState.outcome})` : ''}`;
          return { ...tally, [key]: (tally[key] ?? 0) + 1 };
        }, {}),
    )
      .map(([key, n]) => `${key} ×${n}`)
      .join(', ');
    const findings = Object.entries(
      check.rows.reduce<Record<string, number>>((tally, row) => ({ ...tally, [row.finding]: (tally[row.finding] ?? 0) + 1 }), {}),
    )
      .map(([finding, n]) => `${finding} ${n}`)
      .join(', ');
    console.log(`bulk ${COHORT.toLocaleString('en')} people, 10 % faults: check ${seconds(checked - started)} s (${findings}); issue ${seconds(finished - checked)} s for ${chosen.length} rows`);
    console.log(
      `  issued ${count('issued')} (recovered ${run.rows.filter((row) => row.recovered).length}), refused ${count('refused')}, failed ${count('failed')}, skipped ${count('skipped')}`,
    );
    if (failures) console.log(`  not issued: ${failures}`);
    console.log(
      `  lost ${lost}, duplicates ${duplicates}, unreadable passes left ${unreadableLeft}, every row accounted for: ${accounted ? 'yes' : 'no'} (${run.rows.length} rows), peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    clearInterval(sampler);
    await emulator.close();
  }
};

/** A cohort of 1,000 while the emulator holds the app to the smallest tenant's identity and access limits. */
const benchUnderLimits = async () => {
  const emulator = await startEmulator();
  try {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.privAuth);
    const { people } = emulator.control.seedCohort({ count: COHORT, hireDate: HIRE_DATE, seed: 7 });
    const limits = emulator.control.setThrottling({ enabled: true, resourceUnitsPer10Seconds: 3_500 });
    const before = emulator.control.requestLog().length;
    const started = performance.now();
    const check = await desk.value('bulk:check', { rows: rowsFor(people) });
    const checked = performance.now();
    const run = await desk.value('bulk:issue', { cohortId: check.cohortId, rows: chosenRows(check) });
    const finished = performance.now();
    const throttled = emulator.control
      .requestLog()
      .slice(before)
      .filter((entry) => entry.status === 429).length;
    console.log(
      `bulk 1,000 people under Graph's limits for the smallest tenant (${JSON.stringify(limits)}): check ${seconds(checked - started)} s, issue ${seconds(finished - checked)} s, ${run.rows.filter((row) => row.outcome === 'issued').length} issued, 429 answers ${throttled}`,
    );
  } finally {
    await emulator.close();
  }
};

export const benchBulk = async (): Promise<void> => {
  await benchHundred();
  await benchThousand();
  await benchUnderLimits();
};
