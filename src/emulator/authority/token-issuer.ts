import { SignJWT, type JWTPayload } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { issuerOf, type EmulatorEnvironment } from '../environment.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { base64Url } from '../state/ids.js';
import type { UserRecord } from '../state/model.js';
import { responseScope } from './scopes.js';
import type { SigningKeys } from './signing-keys.js';

export const accessTokenLifetimeSeconds = 3600;

export interface TokenResponse {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info: string;
}

export interface TokenGrant {
  user: UserRecord;
  clientId: string;
  /** Graph permission names, already checked against consent. */
  graphScopes: string[];
  oidcScopes: string[];
  nonce: string | null;
}

/** Signs every token the emulator hands out; the token endpoint and the control surface both come through here. */
export class TokenIssuer {
  constructor(
    private readonly env: EmulatorEnvironment,
    private readonly keys: SigningKeys,
    private readonly state: EmulatorState,
  ) {}

  async issue(grant: TokenGrant): Promise<TokenResponse> {
    const { user } = grant.user;
    const issuedAt = Math.floor(this.state.now() / 1000);
    const common = {
      iss: issuerOf(this.env),
      iat: issuedAt,
      nbf: issuedAt,
      exp: issuedAt + accessTokenLifetimeSeconds,
      tid: this.env.tenantId,
      oid: user.id,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
    };
    const accessToken = await this.sign({
      ...common,
      aud: this.env.graphHost,
      sub: user.id,
      upn: user.userPrincipalName,
      scp: grant.graphScopes.join(' '),
      appid: grant.clientId,
      azp: grant.clientId,
      wids: grant.user.roleIds,
      uti: randomBytes(16).toString('base64url'),
      ver: '2.0',
    });
    const response: TokenResponse = {
      token_type: 'Bearer',
      scope: responseScope(grant.graphScopes, grant.oidcScopes, this.env),
      expires_in: accessTokenLifetimeSeconds,
      ext_expires_in: accessTokenLifetimeSeconds,
      access_token: accessToken,
      client_info: base64Url(JSON.stringify({ uid: user.id, utid: this.env.tenantId })),
    };
    if (grant.oidcScopes.includes('openid')) {
      response.id_token = await this.sign({
        ...common,
        aud: grant.clientId,
        // Pairwise subject: stable for this user and app, different for other apps, like Entra's.
        sub: createHash('sha256').update(`${user.id}:${grant.clientId}`).digest('base64url'),
        ver: '2.0',
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
      });
    }
    if (grant.oidcScopes.includes('offline_access')) {
      response.refresh_token = this.newRefreshToken(grant);
    }
    return response;
  }

  private newRefreshToken(grant: TokenGrant): string {
    const token = `0.emu.${randomBytes(48).toString('base64url')}`;
    this.state.refreshTokens.set(token, {
      clientId: grant.clientId,
      userId: grant.user.user.id,
      graphScopes: grant.graphScopes,
      oidcScopes: grant.oidcScopes,
      issuedAt: this.state.now(),
    });
    return token;
  }

  private sign(payload: JWTPayload): Promise<string> {
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.keys.kid }).sign(this.keys.privateKey);
  }
}
