/**
 * Desk-flow timings against the local emulator: sign-in code redemption, search, selecting a person
 * (the parallel pre-fetch), Create, preparing and sending the e-mail notice, the journal's live statuses, the
 * journal files, and bulk onboarding (a cohort of 100 against the one-by-one loop, and 1,000 under faults).
 * Prints medians and 95th percentiles; it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { demoPeople, demoTechnicians, startEmulator } from '../src/emulator';
import { deskServices } from '../test/support/desk-services';
import { benchBulk } from './bulk-bench';
import { benchJournalFiles } from './journal-files-bench';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const measure = async (label: string, run: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  console.log(`${label.padEnd(44)} median ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`);
};

const emulator = await startEmulator();
try {
  const desk = await deskServices(emulator);
  await measure('sign-in (page, form_post, code redemption)', () => desk.signIn(demoTechnicians.privAuth));
  await measure('search "lena" (users:search)', () => desk.value('users:search', { query: 'lena' }));
  await measure('select a person (tap:prepare, 7 calls)', () => desk.value('tap:prepare', { userId: demoPeople.inScope.id }));
  // Each create replaces the pass the previous one issued, as a technician who saw it would.
  let shown: string | null = null;
  const createReplacing = async () => {
    shown = (await desk.value('tap:create', { userId: demoPeople.inScope.id, isUsableOnce: true, replacePassId: shown })).id;
  };
  await measure('create, replacing the last one (tap:create)', createReplacing);
  const { settings } = await desk.value('settings:get', { profileId: 'demo' });
  await desk.value('settings:save', { profileId: 'demo', settings: { ...settings, notifications: { ...settings.notifications, enabled: true } } });
  await measure('prepare the notice (notify:prepare)', () => desk.value('notify:prepare', { userId: demoPeople.inScope.id }));
  await measure('prepare and send the notice', async () =>
    desk.value('notify:send', { draftId: (await desk.value('notify:prepare', { userId: demoPeople.inScope.id })).draftId }),
  );
  // A desk's day: fifty people issued a pass, followed live from the "today" panel.
  const followed: { userId: string; passId: string }[] = [];
  for (const person of emulator.control.seedPeople({ count: 50, surname: 'Cohort' })) {
    await desk.value('tap:prepare', { userId: person.id });
    followed.push({ userId: person.id, passId: (await desk.value('tap:create', { userId: person.id, replacePassId: null })).id });
  }
  const refresh = () => desk.value('journal:statuses', { passes: followed });
  await measure('statuses of 50 passes (journal:statuses)', refresh);
  emulator.control.addFault({ pathPattern: '^/v1\\.0/', latencyMs: 40 });
  await measure('select a person, 40 ms per Graph call', () => desk.value('tap:prepare', { userId: demoPeople.inScope.id }));
  await measure('create, 40 ms per Graph call', createReplacing);
  // Create reads the person's pass right before it posts (never replace a pass the technician was not shown):
  // one round trip more than posting alone, and nothing else.
  const before = emulator.control.requestLog().length;
  await createReplacing();
  const calls = emulator.control
    .requestLog()
    .slice(before)
    .filter((entry) => entry.path.startsWith('/v1.0/'))
    .map((entry) => `${entry.method} ${entry.path.replace(/[0-9a-f-]{36}/g, '{id}')}`);
  console.log(`create, Graph round trips: ${calls.length} (${calls.join(', ')})`);
  await measure('prepare the notice, 40 ms per Graph call', () => desk.value('notify:prepare', { userId: demoPeople.inScope.id }));
  await measure('statuses of 50 passes, 40 ms per Graph call', refresh);
  const beforeRefresh = emulator.control.requestLog().length;
  await refresh();
  const refreshCalls = emulator.control.requestLog().slice(beforeRefresh).filter((entry) => entry.path.startsWith('/v1.0/'));
  console.log(`statuses of 50 passes, Graph round trips: ${refreshCalls.length} (${refreshCalls.map((entry) => `${entry.method} ${entry.path}`).join(', ')}, sent together)`);
  emulator.control.clearFaults();
  emulator.control.addFault({ pathPattern: '^/v1\\.0/', latencyMs: 150 });
  await measure('statuses of 50 passes, 150 ms per Graph call', refresh);
} finally {
  await emulator.close();
}
await benchJournalFiles();
await benchBulk();
