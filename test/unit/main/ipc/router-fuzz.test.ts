import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, startEmulator, type RunningEmulator } from '../../../../src/emulator';
import { composeApp } from '../../../../src/main/compose';
import { demoProfile } from '../../../../src/main/accounts/demo-profile';
import type { Router, Sender } from '../../../../src/main/ipc/router';
import { trustedSender } from '../../../../src/main/ipc/trusted-sender';
import { channelNames, contract, defaultTenantSettings, type Channel, type InputOf, type OutputOf, type Result } from '../../../../src/shared';
import { deskPlatform } from '../../../support/desk-platform';
import { memoryStore } from '../../../support/memory-store';
import { browserStandIn } from '../../../support/sign-in-driver';
import { testCipher } from '../../../support/test-cipher';

/**
 * Malformed renderer input must stop at the router: a validation error, and nothing reaches Graph, the
 * store, the clipboard, the printer, the file system or a mailbox. The generator is seeded so a failure
 * names a payload that the next run produces again.
 */

const SEED = 0x7a9d_e5c1;
/** Seeded compound mutations per channel, on top of the systematic ones. */
const RANDOM_PER_CHANNEL = 40;
/**
 * The settings payload alone yields over 3,000 systematic mutations (every field of every template); a
 * seeded sample of them keeps the run bounded while each field still gets many.
 */
const MAX_SYSTEMATIC_PER_CHANNEL = 1_200;
const MIN_PER_CHANNEL = 20;
const MIN_TOTAL = 1_000;

const renderer = 'app://tap-desk/index.html';
const own: Sender = { url: renderer, isMainFrame: true };
const untrustedSenders: [string, Sender][] = [
  ['a web page', { url: 'https://evil.example/', isMainFrame: true }],
  ['another host of the app scheme', { url: 'app://evil/index.html', isMainFrame: true }],
  ['a sub-frame of our own document', { url: renderer, isMainFrame: false }],
];

// ---------------------------------------------------------------------------------------------------------
// A small deterministic PRNG (mulberry32): enough spread for fuzzing, and no dependency.

const prng = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  // Letters plus the characters that matter in ids and paths, and some that are not ASCII at all.
  const alphabet = 'abcXYZ019-_./\\%?#&= :@\u00fc\u0000\u202e\ud83d\ude00';
  const word = (length = 1 + int(12)) => Array.from({ length }, () => pick([...alphabet])).join('');
  return { next, int, pick, word };
};
type Random = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------------------
// Payload trees: walking, copying with one change, and adding keys that assignment cannot create.

type Path = string[];
type Node = { path: Path; value: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Every node of a payload, the root included; bounded so a deep value is one node, not thousands. */
const nodesOf = (value: unknown, path: Path = [], depth = 0): Node[] => {
  const children =
    depth >= 8 ? [] : isPlainObject(value) || Array.isArray(value) ? Object.keys(value).flatMap((key) => nodesOf((value as Record<string, unknown>)[key], [...path, key], depth + 1)) : [];
  return [{ path, value }, ...children];
};

const describePath = (path: Path) => (path.length === 0 ? 'the payload' : path.join('.'));

/** A copy of `base` with the node at `path` changed by `change` (the root may be replaced outright). */
const mutateAt = (base: unknown, path: Path, change: (parent: Record<string, unknown>, key: string) => void, replaceRoot?: () => unknown): unknown => {
  if (path.length === 0) {
    if (!replaceRoot) throw new Error('This mutation needs a node below the root');
    return replaceRoot();
  }
  const copy: unknown = structuredClone(base);
  let parent = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  change(parent, path.at(-1) as string);
  return copy;
};

const replaceAt = (base: unknown, path: Path, value: unknown) =>
  mutateAt(
    base,
    path,
    (parent, key) => {
      parent[key] = value;
    },
    () => value,
  );

/**
 * `object` plus one own key. Assigning to "__proto__" would change the prototype instead of adding a key,
 * so that key is created the way a renderer's JSON.parse creates it: as an ordinary own property.
 */
const withKey = (object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const target = (key === '__proto__' ? JSON.parse('{"__proto__":null}') : {}) as Record<string, unknown>;
  for (const existing of Object.keys(object)) target[existing] = object[existing];
  target[key] = value;
  if (!Object.hasOwn(target, key)) throw new Error(`"${key}" did not become an own key`);
  return target;
};

// ---------------------------------------------------------------------------------------------------------
// What goes in place of a value.

const guid = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const longStrings = [257, 65_537, 2_000_001].map((length) => 'x'.repeat(length));
const deepObject = (() => {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 0; level < 5_000; level += 1) value = { a: value };
  return value;
})();
const deepArray = (() => {
  let value: unknown[] = [];
  for (let level = 0; level < 5_000; level += 1) value = [value];
  return value;
})();

const wrongTypes = (random: Random): [string, unknown][] => [
  ['zero', 0],
  ['a negative number', -1],
  ['a fraction', 0.5],
  ['an empty string', ''],
  ['a random string', random.word()],
  ['an empty array', []],
  ['an array of null', [null]],
  ['null', null],
  ['true', true],
  ['false', false],
  ['an empty object', {}],
  ['an object', { [random.word(4)]: random.word() }],
  // Electron's structured clone carries these too.
  ['a bigint', 10n],
  ['a date', new Date(0)],
  ['a map', new Map([['profileId', 'demo']])],
  ['bytes', new Uint8Array([1, 2, 3])],
];

const prototypeNames = ['__proto__', 'constructor', 'prototype', 'Constructor', 'PROTOTYPE', '__PROTO__'];

const pathSegments = [
  '.',
  '..',
  '../x',
  '..\\x',
  'a/b',
  '/',
  '%2e%2e',
  '%2e%2e%2f',
  '..%2F..%2Fme',
  'me',
  'users/me',
  `${guid}/..`,
  `${guid}/../${guid}`,
  `../${guid}`,
  `${guid.slice(0, 18)}/${guid.slice(19)}`,
  `${guid}%2f`,
  `${guid}?$select=id`,
  `${guid}#x`,
  ` ${guid}`,
  `${guid}\u0000`,
];

const hugeValues: [string, unknown][] = [
  ...longStrings.map((value): [string, unknown] => [`a ${value.length}-character string`, value]),
  ...[1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, 2 ** 31, NaN, Infinity, -Infinity, -0, 9, 51, 301, 901, 10_081, 43_201].map(
    (value): [string, unknown] => [`the number ${Object.is(value, -0) ? '-0' : String(value)}`, value],
  ),
  ['an array of 100000 entries', Array.from({ length: 100_000 }, (_, index) => index)],
];

const nestedValues: [string, unknown][] = [
  ['objects nested 5000 deep', deepObject],
  ['arrays nested 5000 deep', deepArray],
];

const extraKeys = (random: Random) => [random.word(6), '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'isAdmin', ''];
const extraValues: unknown[] = [true, 'x', null, 1, { polluted: true }, deepObject];

/** Any value a renderer under someone else's control could send, nested at most three deep. */
const randomValue = (random: Random, depth = 0): unknown => {
  switch (random.int(depth >= 3 ? 6 : 8)) {
    case 0:
      return random.pick([0, -1, 1.5, NaN, Infinity, -Infinity, 1e308, Number.MAX_SAFE_INTEGER + 2, random.int(100_000) - 50_000]);
    case 1:
      return random.word();
    case 2:
      return random.pick([...prototypeNames, ...pathSegments]);
    case 3:
      return random.pick([null, true, false]);
    case 4:
      return random.pick(longStrings);
    case 5:
      return `${guid.slice(0, random.int(guid.length))}${random.pick(['/', '\\', '%2f', '..', ''])}${random.word(3)}`;
    case 6:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    default: {
      let object: Record<string, unknown> = {};
      for (let count = random.int(4); count > 0; count -= 1) object = withKey(object, random.pick([random.word(5), ...prototypeNames]), randomValue(random, depth + 1));
      return object;
    }
  }
};

// ---------------------------------------------------------------------------------------------------------
// The generator: systematic mutations at every node of a valid payload, then seeded compound ones.

interface Mutant {
  label: string;
  payload: unknown;
}

const systematicMutants = (base: unknown, random: Random): Mutant[] => {
  const mutants: Mutant[] = [];
  for (const { path, value } of nodesOf(base)) {
    const at = describePath(path);
    const replace = (what: string, replacement: unknown) => mutants.push({ label: `${at} replaced by ${what}`, payload: replaceAt(base, path, replacement) });
    for (const [what, replacement] of wrongTypes(random)) replace(what, replacement);
    for (const name of prototypeNames) replace(JSON.stringify(name), name);
    for (const segment of pathSegments) replace(JSON.stringify(segment), segment);
    for (const [what, replacement] of [...hugeValues, ...nestedValues]) replace(what, replacement);
    if (isPlainObject(value)) {
      for (const key of extraKeys(random)) {
        const extra = random.pick(extraValues);
        mutants.push({
          label: `${at} with an undeclared key ${JSON.stringify(key)}`,
          payload: path.length === 0 ? withKey(value, key, extra) : mutateAt(base, path, (parent, last) => void (parent[last] = withKey(value, key, extra))),
        });
      }
      for (const key of Object.keys(value)) {
        mutants.push({ label: `${at} without ${key}`, payload: mutateAt(base, [...path, key], (parent, last) => void delete parent[last]) });
      }
    }
    if (Array.isArray(value)) {
      const element = value[0] ?? random.word();
      for (const length of [11, 10_000]) replace(`${length} copies of an element`, Array.from({ length }, () => element));
    }
  }
  return mutants;
};

/** A seeded sample of `list` in its original order. */
const sample = <T>(list: T[], size: number, random: Random): T[] => {
  if (list.length <= size) return list;
  const indices = list.map((_, index) => index);
  for (let index = 0; index < size; index += 1) {
    const other = index + random.int(indices.length - index);
    [indices[index], indices[other]] = [indices[other] as number, indices[index] as number];
  }
  return indices
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((index) => list[index] as T);
};

const randomMutant = (base: unknown, random: Random, index: number): Mutant => {
  let payload: unknown = structuredClone(base);
  const steps: string[] = [];
  for (let step = 1 + random.int(3); step > 0; step -= 1) {
    const { path, value } = random.pick(nodesOf(payload));
    const at = describePath(path);
    if (isPlainObject(value) && random.next() < 0.5) {
      const key = random.pick([random.word(5), ...prototypeNames]);
      const extra = randomValue(random);
      payload = path.length === 0 ? withKey(value, key, extra) : mutateAt(payload, path, (parent, last) => void (parent[last] = withKey(value, key, extra)));
      steps.push(`key ${JSON.stringify(key)} added at ${at}`);
    } else {
      payload = replaceAt(payload, path, randomValue(random));
      steps.push(`${at} replaced`);
    }
  }
  return { label: `random #${index}: ${steps.join(', ')}`, payload };
};

/** Short, printable form of a payload for a failure message. */
const preview = (payload: unknown) => {
  const seen = new WeakSet<object>();
  const text = JSON.stringify(payload, (_key, value: unknown) => {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 40)}…(${value.length} characters)`;
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[seen]';
      seen.add(value);
    }
    return value;
  });
  return text === undefined ? 'undefined' : text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

// ---------------------------------------------------------------------------------------------------------
// The real composition against the emulator, signed in, with a pass issued and a notice previewed, so a
// payload that got through would really reach Graph, the clipboard or a mailbox.

type Bases = { [C in Channel]: InputOf<C> };

let emulator: RunningEmulator;
let router: Router;
let cacheDir: string;
let bases: Bases;
let clearClipboard: () => Promise<void>;
const store = memoryStore();
const platform = deskPlatform();
/** Every call main made to what Electron would provide; a refused payload adds none. */
const platformCalls: string[] = [];
const failures: { channel: string; code: string }[] = [];

const dispatch = <C extends Channel>(channel: C, input: InputOf<C>) => router.dispatch(channel, own, input) as Promise<Result<OutputOf<C>>>;
const value = async <C extends Channel>(channel: C, input: InputOf<C>) => {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
};

/** The token cache and logo copies on disk, by relative path. */
const filesUnder = async (dir: string): Promise<Record<string, string>> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(dir.length), (await readFile(file)).toString('base64')] as const)));
};

beforeAll(async () => {
  emulator = await startEmulator();
  cacheDir = await mkdtemp(join(tmpdir(), 'tapdesk-ipc-fuzz-'));
  const record =
    <A extends unknown[], R>(name: string, call: (...args: A) => R) =>
    (...args: A): R => {
      platformCalls.push(name);
      return call(...args);
    };
  // A Privileged Authentication Administrator may issue for anyone, so no handler would stop at a role check.
  const browser = browserStandIn(emulator.caCertPem, demoTechnicians.privAuth.userPrincipalName, demoTechnicians.privAuth.password);
  const composed = composeApp({
    store,
    clipboard: { readText: record('clipboard.readText', platform.clipboard.readText), writeText: record('clipboard.writeText', platform.clipboard.writeText), write: record('clipboard.write', platform.clipboard.write), clear: record('clipboard.clear', platform.clipboard.clear) },
    protectWindow: record('protectWindow', platform.protectWindow),
    slips: { print: record('slips.print', platform.slipOutput.print), savePdf: record('slips.savePdf', platform.slipOutput.savePdf) },
    files: { saveText: record('files.saveText', platform.files.saveText) },
    cipher: testCipher(),
    cacheDir,
    logoDir: join(cacheDir, 'logos'),
    journalDir: join(cacheDir, 'journal'),
    openBrowser: record('openBrowser', (url: string) => browser.openBrowser(url)),
    isTrustedSender: trustedSender(renderer),
    onFailure: (channel, code) => void failures.push({ channel, code }),
    demo: {
      endpoints: { authorityHost: emulator.authorityHost, graphHost: emulator.graphHost, caCertPem: emulator.caCertPem },
      profile: demoProfile(emulator),
    },
  });
  router = composed.router;
  clearClipboard = () => composed.clipboard.clearIfUnchanged();

  const account = await value('auth:sign-in', { profileId: 'demo' });
  const { settings } = await value('settings:get', { profileId: 'demo' });
  settings.notifications.enabled = true;
  await value('settings:save', { profileId: 'demo', settings });
  const person = demoPeople.inScope.id;
  const { existingPass } = await value('tap:prepare', { userId: person });
  const pass = await value('tap:create', { userId: person, replacePassId: existingPass?.id ?? null });
  const { draftId } = await value('notify:prepare', { userId: person });

  // One valid payload per channel, naming the real person, pass, draft and account, derived from the contract.
  const accountRef = { profileId: account.profileId, homeAccountId: account.homeAccountId };
  bases = {
    'session:get': undefined,
    'profiles:save': { id: 'fuzz-profile', label: 'Contoso', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: guid },
    'profiles:remove': { profileId: 'demo' },
    'settings:get': { profileId: 'demo' },
    'settings:save': { profileId: 'demo', settings: defaultTenantSettings() },
    'settings:logo': { profileId: 'demo', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    'settings:export': { profileId: 'demo' },
    'settings:import': { profileId: 'demo', text: JSON.stringify({ version: 2 }) },
    'preferences:get': undefined,
    'preferences:store-problem': undefined,
    'managed:status': undefined,
    'calls:cancel': { channel: 'users:search' },
    'preferences:save': { preferences: { language: 'de', theme: 'dark' } },
    'auth:sign-in': { profileId: 'demo', loginHint: demoTechnicians.privAuth.userPrincipalName },
    'auth:cancel-sign-in': undefined,
    'auth:switch': accountRef,
    'auth:sign-out': accountRef,
    'users:search': { query: 'lena', top: 5 },
    'tap:prepare': { userId: person },
    'tap:create': { userId: person, lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: '2030-01-01T08:00:00+01:00', replacePassId: pass.id },
    'tap:status': { userId: person },
    'tap:revoke': { userId: person, passId: pass.id },
    'tap:cancel': { userId: person },
    'handoff:copy-pass': { passId: pass.id },
    'handoff:forget': { passId: pass.id },
    'handoff:visible': { visible: true },
    'handoff:slip': { userId: person, passId: pass.id, output: 'pdf', language: 'fr' },
    'handoff:slip-languages': { userId: person },
    'notify:prepare': { userId: person, includePass: false, language: 'en', recipients: { user: true, manager: false, cc: ['it-security@contoso.example'] } },
    'notify:send': { draftId },
    'notify:consent': undefined,
    'notify:discard': { draftId },
    'journal:today': { since: '2030-01-01T00:00:00+01:00' },
    'journal:statuses': { passes: [{ userId: person, passId: pass.id }] },
    'journal:tenant': { from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z', person: 'lena', technician: '' },
    'journal:export': { from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z', scope: 'desk' },
    'journal:consent': undefined,
    'bulk:hires': { from: '2030-01-01', to: '2030-01-07' },
    'bulk:check': { rows: [{ line: 2, key: 'lena@contoso.example', keyKind: 'userPrincipalName', lifetimeInMinutes: 60, language: 'de', notifyManager: true }] },
    'bulk:issue': { cohortId: guid, rows: [{ line: 2, action: 'issue', lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: '2030-01-01T08:00:00+01:00' }] },
    'bulk:control': { cohortId: guid, command: 'pause' },
    'bulk:hand-over': { cohortId: guid, line: 2 },
    'bulk:sheet': { cohortId: guid, output: 'print', lines: [2] },
    'bulk:notify-preview': { cohortId: guid, recipient: 'manager' },
    'bulk:notify': { cohortId: guid, recipient: 'person', lines: [2] },
    'bulk:close': { cohortId: guid },
    'diagnostics:copy': undefined,
    'shell:menu-labels': {
      file: '&Datei', edit: '&Bearbeiten', view: '&Ansicht', window: '&Fenster', about: 'Über TAP Desk', hide: 'TAP Desk ausblenden',
      hideOthers: 'Andere ausblenden', showAll: 'Alle einblenden', quitApp: 'TAP Desk beenden', exit: 'Beenden', quit: 'Beenden',
      findPerson: 'Person suchen', journal: 'Arbeitsplatzprotokoll', cohort: 'Kohorte', undo: 'Rückgängig', redo: 'Wiederholen',
      cut: 'Ausschneiden', copy: 'Kopieren', paste: 'Einfügen', selectAll: 'Alles auswählen', zoomIn: 'Vergrößern', zoomOut: 'Verkleinern',
      actualSize: 'Originalgröße', fullScreen: 'Vollbild', reload: 'Neu laden', devTools: 'Entwicklertools', minimize: 'Minimieren', close: 'Fenster schließen',
    },
  };
  platformCalls.length = 0;
  failures.length = 0;
});

afterAll(async () => {
  await clearClipboard?.();
  await emulator?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe('IPC input fuzzing over every channel', () => {
  it('starts from a valid payload for every channel', () => {
    expect(Object.keys(bases).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) expect(contract[channel].input.safeParse(bases[channel]).success, channel).toBe(true);
  });

  it('refuses every malformed payload with a validation error and changes nothing anywhere', async () => {
    const random = prng(SEED);
    const graphRequests = () => emulator.control.requestLog().filter((entry) => entry.path === '/v1.0' || entry.path.startsWith('/v1.0/')).length;
    const before = {
      graphRequests: graphRequests(),
      requests: emulator.control.requestLog().length,
      mail: emulator.control.sentMail().length,
      store: structuredClone([...store.data.entries()]),
      files: await filesUnder(cacheDir),
      clipboard: platform.clipboard.text(),
    };

    const counts: Record<string, number> = {};
    const skipped: Record<string, number> = {};
    const accepted: string[] = [];
    for (const channel of channelNames) {
      const base = bases[channel];
      const mutants = [...sample(systematicMutants(base, random), MAX_SYSTEMATIC_PER_CHANNEL, random), ...Array.from({ length: RANDOM_PER_CHANNEL }, (_, index) => randomMutant(base, random, index))];
      counts[channel] = 0;
      skipped[channel] = 0;
      for (const { label, payload } of mutants) {
        // Guards the generator: only payloads the contract itself refuses count as malformed.
        if (contract[channel].input.safeParse(payload).success) {
          skipped[channel] += 1;
          continue;
        }
        let result: Result<unknown>;
        try {
          result = await router.dispatch(channel, own, payload);
        } catch (error) {
          accepted.push(`${channel}: ${label}: threw ${String(error)} for ${preview(payload)}`);
          continue;
        }
        counts[channel] += 1;
        // The router's own refusal, not a handler's validation failure after the input got through.
        const refused = !result.ok && result.error.code === 'validation' && result.error.reason === 'invalid_request' && typeof result.error.detail === 'string';
        if (!refused) accepted.push(`${channel}: ${label}: answered ${preview(result)} for ${preview(payload)}`);
      }
    }

    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    console.log(
      `IPC fuzz (seed ${SEED.toString(16)}): ${total} malformed payloads refused, ${Object.values(skipped).reduce((sum, count) => sum + count, 0)} generated payloads were valid and skipped\n` +
        channelNames.map((channel) => `  ${channel.padEnd(20)} ${String(counts[channel]).padStart(5)} (skipped ${skipped[channel]})`).join('\n'),
    );

    expect(accepted).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL);
    for (const channel of channelNames) expect(counts[channel], channel).toBeGreaterThanOrEqual(MIN_PER_CHANNEL);
    expect(failures).toHaveLength(total);
    expect(failures.every((failure) => failure.code === 'validation')).toBe(true);

    // Nothing left the router: no Graph or sign-in traffic, no mail, no store or disk write, no platform call.
    expect(graphRequests()).toBe(before.graphRequests);
    expect(emulator.control.requestLog()).toHaveLength(before.requests);
    expect(emulator.control.sentMail()).toHaveLength(before.mail);
    expect([...store.data.entries()]).toEqual(before.store);
    expect(await filesUnder(cacheDir)).toEqual(before.files);
    expect(platformCalls).toEqual([]);
    expect(platform.clipboard.text()).toBe(before.clipboard);
    expect(platform.protection).toEqual([]);
    expect(platform.slips).toEqual([]);
    expect(platform.savedFiles.size).toBe(0);
    // An own "__proto__" key that reached a merge would show up on every object.
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('still holds the issued pass afterwards: no forget slipped through', async () => {
    await expect(dispatch('handoff:copy-pass', bases['handoff:copy-pass'])).resolves.toMatchObject({ ok: true });
  });

  it.each(untrustedSenders)('refuses every channel’s valid payload from %s, before parsing or running anything', async (_name, sender) => {
    const graphBefore = emulator.control.requestLog().length;
    const storeBefore = structuredClone([...store.data.entries()]);
    const callsBefore = platformCalls.length;
    for (const channel of channelNames) {
      const result = await router.dispatch(channel, sender, bases[channel]);
      expect(result, channel).toEqual({ ok: false, error: { code: 'unexpected', reason: 'untrusted_sender', message: 'A request from an untrusted page was refused.' } });
    }
    expect(emulator.control.requestLog()).toHaveLength(graphBefore);
    expect([...store.data.entries()]).toEqual(storeBefore);
    expect(platformCalls).toHaveLength(callsBefore);
  });
});
