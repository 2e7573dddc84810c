import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { SigningKeys } from '../authority/signing-keys.js';
import { graphAppId, issuerOf, type EmulatorEnvironment } from '../environment.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { UserRecord } from '../state/model.js';

export type BearerCheck = { kind: 'ok'; caller: UserRecord; scopes: Set<string> } | { kind: 'failed'; message: string };

const explain = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'Access token validation failure. Invalid audience.';
    if (error.claim === 'nbf') return 'Lifetime validation failed, the token is not yet valid.';
    return 'Access token validation failure. Invalid issuer.';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'CompactToken parsing failed with error code: 80049217';
  return 'Access token validation failure.';
};

/** Graph's own checks on every call: signature, issuer, audience, lifetime; then who is calling. */
export const createBearerCheck = (env: EmulatorEnvironment, state: EmulatorState, keys: SigningKeys) => {
  const keySet = createLocalJWKSet(keys.jwks);
  return async (authorization: string | undefined): Promise<BearerCheck> => {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!token) return { kind: 'failed', message: 'Access token is empty.' };
    try {
      const { payload } = await jwtVerify(token, keySet, {
        algorithms: ['RS256'],
        issuer: issuerOf(env),
        audience: [env.graphHost, graphAppId],
        currentDate: new Date(state.now()),
      });
      const caller = typeof payload['oid'] === 'string' ? state.users.get(payload['oid']) : undefined;
      if (!caller) return { kind: 'failed', message: 'Access token validation failure.' };
      const scp = typeof payload['scp'] === 'string' ? payload['scp'] : '';
      return { kind: 'ok', caller, scopes: new Set(scp.split(' ').filter((scope) => scope !== '').map((scope) => scope.toLowerCase())) };
    } catch (error) {
      return { kind: 'failed', message: explain(error) };
    }
  };
};
