import { describe, expect, it } from 'vitest';
import { msalNetworkClient } from '../../../../src/main/net/trusted-https';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();

const metadata = () => `${emulator.authority}/v2.0/.well-known/openid-configuration`;

describe('the sign-in service client', () => {
  it('reads JSON from an authority whose certificate chains to the given CA', async () => {
    const answer = await msalNetworkClient(emulator.caCertPem).sendGetRequestAsync<{ issuer: string }>(metadata());
    expect(answer.status).toBe(200);
    expect(answer.body.issuer).toContain(emulator.tenantId);
  });

  it('gives up on an answer that does not come within its deadline', async () => {
    emulator.control.addFault({ pathPattern: 'openid-configuration$', latencyMs: 3_000, times: 1 });
    const started = Date.now();
    await expect(msalNetworkClient(emulator.caCertPem, 300).sendGetRequestAsync(metadata())).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
