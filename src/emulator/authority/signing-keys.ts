import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: { keys: JWK[] };
}

/** One RS256 key per run: tokens from an earlier run must not validate against this one. */
export const createSigningKeys = async (): Promise<SigningKeys> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomBytes(12).toString('base64url');
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, jwks: { keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256', kty: 'RSA' }] } };
};
