import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, type RunningEmulator } from '../../../../src/emulator';
import { composeApp } from '../../../../src/main/compose';
import { fileLog } from '../../../../src/main/platform/file-log';
import type { Channel } from '../../../../src/shared';
import { memoryDeps } from '../../../support/memory-deps';
import { routerCalls } from '../../../support/router-calls';
import { browserStandIn } from '../../../support/sign-in-driver';
import { testCipher } from '../../../support/test-cipher';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Main as the app composes it, with the real file log, signed in as `technician`. */
const desk = async (running: RunningEmulator, technician: { userPrincipalName: string; password: string }) => {
  const dir = await mkdtemp(join(tmpdir(), 'tapdesk-diagnostics-'));
  dirs.push(dir);
  const cipher = testCipher();
  const log = fileLog({ dir: join(dir, 'logs') });
  const browser = browserStandIn(running.caCertPem, technician.userPrincipalName, technician.password);
  const { deps, platform } = memoryDeps({
    dir,
    emulator: running,
    cipher,
    cacheDir: join(dir, 'tokens'),
    openBrowser: (url) => browser.openBrowser(url),
    log,
    runtime: () => ({ appVersion: '9.8.7', packaged: true, versions: { electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' }, locale: 'de-DE' }),
  });
  const { call, value } = routerCalls(composeApp(deps).router);
  await value('auth:sign-in', { profileId: 'demo' });
  /** The access and refresh tokens MSAL keeps for the account, read from the encrypted cache. */
  const tokens = async () => {
    const cache = JSON.parse(cipher.decrypt(await readFile(join(dir, 'tokens', 'msal-demo.bin')))) as Record<string, Record<string, { secret: string }>>;
    return [...Object.values(cache.AccessToken ?? {}), ...Object.values(cache.RefreshToken ?? {})].map(({ secret }) => secret);
  };
  const logText = async () => (await Promise.all((await readdir(join(dir, 'logs'))).map((name) => readFile(join(dir, 'logs', name), 'utf8')))).join('\n');
  return { call, value, platform, log, tokens, logText };
};

describe('Copy diagnostics', () => {
  it('puts versions, the tenant and the failures with their request ids on the clipboard, and no pass or token', async () => {
    // An Authentication Administrator cannot read the policy, so Graph itself refuses the lifetime.
    const authAdmin = await desk(emulator, demoTechnicians.auth);
    await authAdmin.value('tap:prepare', { userId: demoPeople.inScope.id });
    const refused = await authAdmin.call('tap:create', { userId: demoPeople.inScope.id, lifetimeInMinutes: 1440, replacePassId: null });
    if (refused.ok) throw new Error('The service was expected to refuse the lifetime.');
    const privAuth = await desk(emulator, demoTechnicians.privAuth);
    await privAuth.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await privAuth.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    const requestId = refused.error.requestId!;
    expect(requestId).toMatch(/\w/);

    // The failure is one desk's, the pass the other's: both desks' reports and logs are searched for every secret.
    expect(await authAdmin.value('diagnostics:copy')).toEqual({ failures: 1, logFile: authAdmin.log.file });
    const report = authAdmin.platform.clipboard.text();
    expect(report).toContain('Version: TAP Desk 9.8.7 (demo mode)');
    expect(report).toContain('Runtime: Electron 45.4.1, Chromium 142.0.7444.59, Node 22.20.0');
    expect(report).toContain('Locale: de-DE; language chosen: system');
    expect(report).toContain(`Log file: ${authAdmin.log.file}`);
    expect(report).toContain('Signed in: yes');
    expect(report).toContain(`Account: ${demoTechnicians.auth.userPrincipalName}, tenant id ${emulator.tenantId}`);
    expect(report).toMatch(/Tenant profile: .* \[demo\]: cloud emulator, tenant \S+, client id [0-9a-f-]{36}/);
    expect(report).toContain(`Graph host: ${emulator.graphHost}`);
    expect(report).toMatch(/Granted permissions: .*UserAuthMethod-TAP\.ReadWrite\.All/i);
    expect(report).toMatch(new RegExp(`tap:create  lifetime_out_of_range  HTTP 400  request-id ${requestId}`));

    await privAuth.value('diagnostics:copy');
    const otherReport = privAuth.platform.clipboard.text();
    expect(otherReport).toContain('Recent failures, oldest first (0):');
    const secrets = [pass.temporaryAccessPass, ...(await authAdmin.tokens()), ...(await privAuth.tokens())];
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const written = [report, otherReport, await authAdmin.logText(), await privAuth.logText()].join('\n');
    expect(secrets.filter((secret) => written.includes(secret))).toEqual([]);
    expect(await authAdmin.logText()).toContain(`request.failed channel=tap:create code=lifetime_out_of_range status=400 requestId=${requestId}`);
  });

  it('says who is not signed in, and every tenant profile to check', async () => {
    const signedIn = await desk(emulator, demoTechnicians.auth);
    const session = await signedIn.value('session:get');
    await signedIn.value('auth:sign-out', { profileId: 'demo', homeAccountId: session.active!.homeAccountId });
    await signedIn.value('diagnostics:copy');
    const report = signedIn.platform.clipboard.text();
    expect(report).toContain('Signed in: no');
    expect(report).not.toContain('Account:');
    expect(report).toMatch(/\nTenant profiles:\n {2}.* \[demo\]: cloud emulator/);
  });

  it('keeps a pass main holds out of the log, whatever a service passes it', async () => {
    const privAuth = await desk(emulator, demoTechnicians.privAuth);
    await privAuth.value('tap:prepare', { userId: demoPeople.inScope.id });
    const pass = await privAuth.value('tap:create', { userId: demoPeople.inScope.id, replacePassId: null });
    // A renderer that names a channel after the pass it was shown: the router refuses it and logs the channel.
    await privAuth.call(`x:${pass.temporaryAccessPass}` as Channel);
    const logged = await privAuth.logText();
    expect(logged).toContain('request.failed channel=x:[redacted] code=validation reason=unknown_channel');
    expect(logged).not.toContain(pass.temporaryAccessPass);
  });
});
