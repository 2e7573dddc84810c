import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthorityApi } from './authority/authority-api.js';
import { createSigningKeys } from './authority/signing-keys.js';
import { TokenIssuer } from './authority/token-issuer.js';
import { createControlApi } from './control/control-routes.js';
import { createControl, type EmulatorControl } from './control/control.js';
import type { EmulatorEnvironment } from './environment.js';
import { demoTenant } from './fixture/demo-tenant.js';
import { createGraphApi } from './graph/graph-api.js';
import { createRequestListener } from './request-pipeline.js';
import { EmulatorState } from './state/emulator-state.js';
import { createCertificates } from './tls/certificates.js';

export interface StartEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Where ca.pem is written; a fresh temporary directory (removed on close) when omitted. */
  dataDir?: string;
}

export interface RunningEmulator {
  origin: string;
  /** MSAL authority: `${origin}/${tenantId}`. */
  authority: string;
  authorityHost: string;
  /** The Graph resource: prefixes scopes and is the access-token audience. */
  graphHost: string;
  graphBaseUrl: string;
  tenantId: string;
  tenantDomain: string;
  /** The demo app registration: public client, redirect http://127.0.0.1 (any port). */
  clientId: string;
  caCertPem: string;
  caCertPath: string;
  controlUrl: string;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** Starts the Entra ID + Microsoft Graph stand-in on https://127.0.0.1:PORT. */
export const startEmulator = async (options: StartEmulatorOptions = {}): Promise<RunningEmulator> => {
  const [certificates, keys] = await Promise.all([createCertificates(), createSigningKeys()]);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tap-desk-emulator-')));
  await mkdir(dataDir, { recursive: true });
  const caCertPath = join(dataDir, 'ca.pem');
  await writeFile(caCertPath, certificates.caCertPem, { mode: 0o644 });

  const server = createServer({ key: certificates.serverKeyPem, cert: certificates.serverCertPem });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `https://127.0.0.1:${port}`;
  const env: EmulatorEnvironment = {
    origin,
    tenantId: demoTenant.tenantId,
    tenantDomain: demoTenant.tenantDomain,
    graphHost: origin,
    graphBaseUrl: `${origin}/v1.0`,
  };
  const state = new EmulatorState();
  const issuer = new TokenIssuer(env, keys, state);
  const control = createControl(env, state, issuer);
  server.on(
    'request',
    createRequestListener({
      origin,
      state,
      authority: createAuthorityApi(env, state, keys, issuer),
      graph: createGraphApi(env, state, keys),
      control: createControlApi(control),
    }),
  );

  return {
    origin,
    authority: `${origin}/${env.tenantId}`,
    authorityHost: origin,
    graphHost: env.graphHost,
    graphBaseUrl: env.graphBaseUrl,
    tenantId: env.tenantId,
    tenantDomain: env.tenantDomain,
    clientId: state.app.clientId,
    caCertPem: certificates.caCertPem,
    caCertPath,
    controlUrl: `${origin}/_emulator`,
    control,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
};
