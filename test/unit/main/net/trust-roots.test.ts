import { describe, expect, it } from 'vitest';
import { trustedRoots, type ReadRoots } from '../../../../src/main/net/trust-roots';

const stores: ReadRoots = (type) => (type === 'default' ? ['mozilla-a', 'shared'] : ['org-root', 'shared']);

// https://nodejs.org/api/tls.html#tlsgetcacertificatestype
describe('the roots a cloud is checked against', () => {
  it("trusts the emulator's own CA and nothing else, not even the system's store", () => {
    expect(trustedRoots('emulator-ca', stores)).toEqual(['emulator-ca']);
  });

  it("trusts Node's roots and the system's store for Microsoft's clouds, once each", () => {
    expect(trustedRoots(undefined, stores)).toEqual(['mozilla-a', 'shared', 'org-root']);
  });

  it("leaves Node's own roots in place where Node cannot read the system's store", () => {
    expect(trustedRoots(undefined, undefined)).toBeUndefined();
  });
});
