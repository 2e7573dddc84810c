/**
 * Fault soak of the issuing path, checked from outside: main's real router and services against the emulator,
 * a real sign-in through its page, N creates (default 1,000, `--creates N`) while about one in ten meets a fault
 * (throttling, 5xx, cut connections before and after the service acted, a hang past the budget, another desk
 * issuing a pass between the look-up and Create, and faults on the revokes in between). What the app reported is
 * compared with the emulator's own record of every pass created and deleted. Prints figures; asserts nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoTechnicians, startEmulator, type FaultSpec, type PassAuditEntry } from '../src/emulator';
import type { AppError, IssuedPass, Result } from '../src/shared';
import { deskServices } from '../test/support/desk-services';

const argument = process.argv.indexOf('--creates');
const CREATES = Number(argument > 0 ? process.argv[argument + 1] : (process.env.SOAK_CREATES ?? 1000));
const FAULT_SHARE = 0.1;
/** Seeded, so that two runs meet the same faults in the same places. */
let seed = Number(process.env.SOAK_SEED ?? 20261201);
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const passes = 'temporaryAccessPassMethods$';
const onePass = 'temporaryAccessPassMethods/';
const userRoute = '^/v1\\.0/users/[^/]+$';
const faultKinds: Record<string, FaultSpec | 'other-desk'> = {
  'POST 429': { method: 'POST', pathPattern: passes, status: 429, retryAfterSeconds: 0, times: 1 },
  'POST 503 before': { method: 'POST', pathPattern: passes, status: 503, retryAfterSeconds: 0, times: 1 },
  'POST dropped before': { method: 'POST', pathPattern: passes, drop: true, times: 1 },
  'POST dropped after': { method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 1 },
  'POST 504 after': { method: 'POST', pathPattern: passes, status: 504, afterHandler: true, times: 1 },
  'POST dropped after, twice': { method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 2 },
  'POST hangs past the budget': { method: 'POST', pathPattern: passes, latencyMs: 1_500, times: 1 },
  'list 503': { method: 'GET', pathPattern: passes, status: 503, retryAfterSeconds: 0, times: 1 },
  'list dropped': { method: 'GET', pathPattern: passes, drop: true, times: 1 },
  'user 504': { method: 'GET', pathPattern: userRoute, status: 504, retryAfterSeconds: 0, times: 1 },
  'latency 150 ms': { pathPattern: '^/v1\\.0/', latencyMs: 150, times: 3 },
  'other desk': 'other-desk',
};
const revokeFaults: Record<string, FaultSpec> = {
  'DELETE dropped after': { method: 'DELETE', pathPattern: onePass, drop: true, afterHandler: true, times: 1 },
  'DELETE 503 before': { method: 'DELETE', pathPattern: onePass, status: 503, retryAfterSeconds: 0, times: 1 },
};

/** How many passes an answer accounts for: the one issued, an unreadable first one, or one that may land late. */
const accountedFor = (result: Result<IssuedPass>): number => {
  if (result.ok) return result.value.recovered ? 2 : 1;
  if (result.error.code === 'pass_unreadable') return 2;
  const outcome = result.error.passState?.outcome;
  return outcome === 'unknown' || outcome === 'pending' ? 1 : 0;
};

/** After a full collection when the process allows it (`--expose-gc`), so growth means memory still held. */
const told = (result: Result<IssuedPass>): string =>
  result.ok ? (result.value.recovered ? 'ok, recovered' : 'ok') : `${result.error.code}${result.error.passState ? ` (${result.error.passState.outcome})` : ''}`;

const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${(rss / 2 ** 20).toFixed(0)} MiB, heap ${(heapUsed / 2 ** 20).toFixed(0)} MiB`;
};

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
};

const emulator = await startEmulator();
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const figures = { lost: 0, duplicate: 0, wrongDeletions: 0, silentReplacements: 0, shownNotHeld: 0, asked: 0, lateArrivals: 0 };
const codes: string[] = [];
try {
  const desk = await deskServices(emulator, { callBudgets: { read: 3_000, create: 1_000, delete: 1_000 } });
  await desk.signIn(demoTechnicians.privAuth);
  emulator.control.setPolicy({ includeTargets: [{ targetType: 'group', id: 'all_users' }], excludeTargets: [], maximumLifetimeInMinutes: 480 });
  const technicians = new Set(Object.values(demoTechnicians).map((technician) => technician.id));
  const found = await Promise.all(['a', 'e', 'i', 'o', 'u'].map((query) => desk.value('users:search', { query, top: 50 })));
  const people = [...new Map(found.flatMap(({ users }) => users).map((user) => [user.id, user])).values()].filter(
    (user) => user.userType === 'Member' && user.accountEnabled === true && !technicians.has(user.id),
  );
  console.log(`Soak: ${CREATES} creates over ${people.length} people, about ${FAULT_SHARE * 100} % with a fault. Start: ${memory()}`);

  /** Every pass code the app handed out, to look for afterwards in everything it wrote. */
  const codesSeen = new Set<string>();
  /** Passes the technician was told about: issued, shown on the card or named in an error. */
  const known = new Set<string>();
  const audit = () => emulator.control.passAudit();

  for (let attempt = 1; attempt <= CREATES; attempt += 1) {
    emulator.control.clearFaults();
    const person = pick(people);
    const context = await desk.call('tap:prepare', { userId: person.id });
    if (!context.ok) {
      count(`prepare failed: ${context.error.code}`);
      continue;
    }
    let shown = context.value.existingPass?.id ?? null;
    if (shown) known.add(shown);
    const mark = audit().length;
    let fault = 'none';
    if (random() < FAULT_SHARE) {
      fault = pick(Object.keys(faultKinds));
      const spec = faultKinds[fault]!;
      if (spec === 'other-desk') emulator.control.issuePassElsewhere(person.id);
      else emulator.control.addFault(spec);
    }
    count(`fault: ${fault}`);
    /** What the technician agreed may be replaced in this attempt: what they were shown, and nothing else. */
    const agreed = new Set<string>(shown ? [shown] : []);
    let result: Result<IssuedPass> = { ok: false, error: { code: 'unexpected', message: 'not run' } };
    let accounted = 0;
    // The technician reads every answer and acts on it, as at the desk: a pass they are shown they may replace.
    for (let press = 0; press < 3; press += 1) {
      result = await desk.call('tap:create', { userId: person.id, replacePassId: shown });
      accounted += accountedFor(result);
      codes.push(told(result));
      if (result.ok) break;
      const { currentPass, code } = result.error as AppError;
      if (code === 'pass_changed') figures.asked += 1;
      if (currentPass === undefined || !['pass_changed', 'pass_unreadable', 'pass_exists'].includes(code)) break;
      shown = currentPass?.id ?? null;
      if (shown) {
        known.add(shown);
        agreed.add(shown);
      }
    }
    emulator.control.clearFaults();
    if (result.ok) {
      known.add(result.value.id);
      codesSeen.add(result.value.temporaryAccessPass);
      if (result.value.recovered) known.add(result.value.recovered.unreadablePassId);
      if (emulator.control.passOf(person.id)?.['id'] !== result.value.id) figures.shownNotHeld += 1;
    } else if (result.error.currentPass) {
      known.add(result.error.currentPass.id);
    }
    // A hang past the budget may land after the answer; give it the time it was given, then look.
    if (fault === 'POST hangs past the budget') await new Promise((resolve) => setTimeout(resolve, 700));
    const changes = audit().slice(mark) as PassAuditEntry[];
    const ours = changes.filter((entry) => entry.initiatedBy !== 'control' && entry.activity === 'create');
    figures.duplicate += Math.max(0, ours.length - accounted);
    // What the person holds now, if this attempt made it, must be a pass the technician was told about.
    const held = emulator.control.passOf(person.id)?.['id'];
    if (typeof held === 'string' && ours.some((entry) => entry.passId === held) && !known.has(held)) {
      if (!result.ok && result.error.passState?.outcome === 'pending') figures.lateArrivals += 1;
      else figures.lost += 1;
    }
    for (const entry of ours) {
      const replaced = entry.replacedPassId;
      if (replaced && !agreed.has(replaced) && !ours.some((own) => own.passId === replaced)) {
        const byOtherDesk = changes.some((other) => other.initiatedBy === 'control' && other.passId === replaced);
        if (byOtherDesk) figures.silentReplacements += 1;
        else figures.wrongDeletions += 1;
      }
    }

    if (result.ok && random() < 0.05) {
      const revokeFault = random() < 0.5 ? pick(Object.keys(revokeFaults)) : null;
      if (revokeFault) emulator.control.addFault(revokeFaults[revokeFault]!);
      count(`revoke fault: ${revokeFault ?? 'none'}`);
      const before = audit().length;
      const revoked = await desk.call('tap:revoke', { userId: person.id, passId: result.value.id });
      emulator.control.clearFaults();
      const deletes = audit().slice(before).filter((entry) => entry.activity === 'delete');
      if (deletes.some((entry) => entry.passId !== result.value.id)) figures.wrongDeletions += 1;
      const gone = emulator.control.passOf(person.id)?.['id'] !== result.value.id;
      codes.push(revoked.ok ? 'revoke ok' : `revoke ${revoked.error.code} (${revoked.error.passState?.outcome ?? 'no state'})`);
      // Told "revoked" while it still works, or told it still works while it is gone.
      if (revoked.ok !== gone) figures.shownNotHeld += 1;
    }
    if (attempt === Math.floor(CREATES / 2)) console.log(`Half way (${attempt}): ${memory()}`);
  }

  const written = await filesUnder(desk.cacheDir);
  let occurrences = 0;
  for (const file of written) {
    const content = await readFile(file, 'latin1');
    for (const code of codesSeen) if (content.includes(code)) occurrences += 1;
  }
  const stored = JSON.stringify([...desk.store.data.entries()]);
  for (const code of codesSeen) if (stored.includes(code)) occurrences += 1;
  const requestLog = JSON.stringify(emulator.control.requestLog());
  for (const code of codesSeen) if (requestLog.includes(code)) occurrences += 1;

  // The journal against what the technician was told: one entry per press, each ending as the press did.
  const journal = await desk.value('journal:today', { since: new Date(0).toISOString() });
  const entriesOf = (act: string) => journal.entries.filter((entry) => entry.act === act);
  const presses = { create: codes.filter((code) => !code.startsWith('revoke')), revoke: codes.filter((code) => code.startsWith('revoke')) };
  const issuedEntries = entriesOf('create').filter((entry) => entry.action === 'issued' || entry.action === 'replaced').length;
  const toldIssued = presses.create.filter((code) => code.startsWith('ok')).length;

  console.log(`End: ${memory()}`);
  console.log(`\nAttempts: ${CREATES}`);
  console.log('Faults by kind:');
  for (const [key, value] of [...tally.entries()].sort()) console.log(`  ${key.padEnd(40)} ${value}`);
  const outcomes = new Map<string, number>();
  for (const code of codes) outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
  console.log('What the technician was told, per press of Create or Revoke:');
  for (const [key, value] of [...outcomes.entries()].sort()) console.log(`  ${key.padEnd(40)} ${value}`);
  console.log('\nChecked against the emulator:');
  console.log(`  lost (held, never reported)              ${figures.lost}`);
  console.log(`  duplicate (created beyond what was told)  ${figures.duplicate}`);
  console.log(`  wrong deletions                          ${figures.wrongDeletions}`);
  console.log(`  silent replacements of another desk's    ${figures.silentReplacements}`);
  console.log(`  shown but not held                       ${figures.shownNotHeld}`);
  console.log(`  another desk's pass noticed and asked    ${figures.asked}`);
  console.log(`  late arrivals after "may arrive late"    ${figures.lateArrivals}`);
  console.log(`  pass codes in ${written.length} files written, the settings store and the request log: ${occurrences} (${codesSeen.size} codes issued)`);
  console.log('\nThe desk journal:');
  console.log(`  create entries / presses of Create        ${entriesOf('create').length} / ${presses.create.length}`);
  console.log(`  issued entries / told issued              ${issuedEntries} / ${toldIssued}`);
  console.log(`  revoke entries / presses of Revoke        ${entriesOf('revoke').length} / ${presses.revoke.length}`);
  console.log(`  check on opening                          ${journal.integrity.state}${journal.integrity.state === 'intact' ? `, ${journal.integrity.entries} entries` : ''}; write problems: ${journal.writeProblem ? 1 : 0}`);
} finally {
  await emulator.close();
}
