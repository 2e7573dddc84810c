import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

/** `npm run emulator [-- --port N] [-- --data-dir DIR]`: one JSON line on stdout, then serve until SIGINT/SIGTERM. */
const { values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true });
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const emulator = await startEmulator({ port, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
process.stdout.write(
  `${JSON.stringify({
    authority: emulator.authority,
    graphBaseUrl: emulator.graphBaseUrl,
    graphHost: emulator.graphHost,
    tenantId: emulator.tenantId,
    tenantDomain: emulator.tenantDomain,
    clientId: emulator.clientId,
    caCertPath: emulator.caCertPath,
    controlUrl: emulator.controlUrl,
  })}\n`,
);

const stop = (): void => {
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
