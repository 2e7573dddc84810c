import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Agent, fetch } from 'undici';
import { describe, expect, it } from 'vitest';

describe('npm run emulator (src/emulator/cli.ts)', () => {
  it('prints exactly one JSON line with the endpoints and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => lines.push(line));
    const [first] = (await once(reader, 'line')) as [string];
    const info = JSON.parse(first) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual(['authority', 'caCertPath', 'clientId', 'controlUrl', 'graphBaseUrl', 'graphHost', 'tenantDomain', 'tenantId'].sort());
    expect(info['authority']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/4d1f7c2a-8b3e-4f6a-9c5d-2e7b1a0f3c84$/);

    const agent = new Agent({ connect: { ca: await readFile(info['caCertPath'] ?? '', 'utf8') } });
    const config = await fetch(`${info['authority']}/v2.0/.well-known/openid-configuration`, { dispatcher: agent });
    expect(config.status).toBe(200);
    await agent.close();

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(lines).toEqual([first]);
  });
});
