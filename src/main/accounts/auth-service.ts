import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CryptoProvider,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-node';
import type { SignedInAccount, TenantProfile } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import { defaultCallBudgets } from '../net/call-limits';
import { defaultCloudNetwork, type CloudNetwork } from '../net/cloud-dispatcher';
import { withProxyFailures } from '../net/proxy-failures';
import { msalNetworkClient } from '../net/trusted-https';
import type { AccountRef, ProfileRepository } from './profile-repository';
import { graphPermissions, scopesFor } from '../graph/graph-permissions';
import { resolveEndpoints, type EmulatorEndpoints, type ResolvedEndpoints } from './cloud-endpoints';
import { encryptedCachePlugin } from './encrypted-cache-plugin';
import { startLoopbackRedirect, type LoopbackRedirect } from './loopback-redirect';
import { oauthFailure, toAppError } from '../graph/error-mapping';
import type { BringToFront, Cipher, OpenBrowser } from '../platform/ports';

export interface AuthDeps {
  profiles: ProfileRepository;
  cacheDir: string;
  /** Null when the OS offers no real secure storage: tokens then live in memory only. */
  cipher: Cipher | null;
  openBrowser: OpenBrowser;
  bringToFront?: BringToFront;
  emulator?: EmulatorEndpoints;
  signInTimeoutMs?: number;
  /** How sign-in and Graph reach the clouds (the proxy settings); plain Node's HTTPS_PROXY-or-direct by default. */
  network?: CloudNetwork;
}

export interface ActiveAccount {
  profile: TenantProfile;
  account: AccountInfo;
  endpoints: ResolvedEndpoints;
}

const toSignedIn = (profileId: string, account: AccountInfo): SignedInAccount => ({
  profileId,
  homeAccountId: account.homeAccountId,
  username: account.username,
  name: account.name ?? account.username,
  tenantId: account.tenantId,
});

/** Delegated sign-in per tenant profile: interactive via the system browser, then silent with refresh. */
export class AuthService {
  private readonly apps = new Map<string, { app: PublicClientApplication; endpoints: ResolvedEndpoints }>();
  private pendingSignIn: AbortController | null = null;
  /** Per-account queue: concurrent silent calls would race on refresh-token redemption and cache writes. */
  private readonly tokenQueues = new Map<string, Promise<unknown>>();
  private readonly crypto = new CryptoProvider();
  /** Shared with the Graph clients of this service's accounts, so both follow the same proxy route. */
  readonly network: CloudNetwork;

  constructor(private readonly deps: AuthDeps) {
    this.network = deps.network ?? defaultCloudNetwork();
  }

  private profile(profileId: string): TenantProfile {
    const profile = this.deps.profiles.get(profileId);
    if (!profile) throw failure('profile_not_found', 'That tenant profile no longer exists.');
    return profile;
  }

  private client(profile: TenantProfile) {
    const existing = this.apps.get(profile.id);
    if (existing) return existing;
    const endpoints = resolveEndpoints(profile, this.deps.emulator);
    if ('code' in endpoints) throw new AppFailure(endpoints);
    const config: Configuration = {
      auth: {
        clientId: profile.clientId,
        authority: endpoints.authority,
        // Only the emulator is unknown to MSAL; Microsoft's clouds are discovered as usual.
        ...(endpoints.ca ? { knownAuthorities: [new URL(endpoints.authorityHost).host] } : {}),
      },
      ...(this.deps.cipher ? { cache: { cachePlugin: encryptedCachePlugin(this.cacheFile(profile.id), this.deps.cipher) } } : {}),
      // Ours in every cloud, so that every call to the sign-in service has a time limit (MSAL's own has none for POST).
      system: { networkClient: msalNetworkClient(endpoints.ca, defaultCallBudgets.token, this.network) },
    };
    const entry = { app: new PublicClientApplication(config), endpoints };
    this.apps.set(profile.id, entry);
    return entry;
  }

  private cacheFile(profileId: string): string {
    return join(this.deps.cacheDir, `msal-${profileId}.bin`);
  }

  /** Drops the client built for a profile after it was edited; with `purge`, its cached tokens too. */
  async forget(profileId: string, { purge }: { purge: boolean }): Promise<void> {
    this.apps.delete(profileId);
    if (purge) await rm(this.cacheFile(profileId), { force: true });
  }

  /** Interactive sign-in; `extraPermissions` asks for consent to more than sign-in needs (incremental consent). */
  async signIn(profileId: string, loginHint?: string, extraPermissions: readonly string[] = []): Promise<SignedInAccount> {
    const profile = this.profile(profileId);
    const { app, endpoints } = this.client(profile);
    this.pendingSignIn?.abort();
    const abort = new AbortController();
    this.pendingSignIn = abort;
    let redirect: LoopbackRedirect | undefined;
    try {
      const scopes = scopesFor(endpoints.graphHost, [...graphPermissions.signIn, ...extraPermissions]);
      const state = this.crypto.createNewGuid();
      const { verifier, challenge } = await this.crypto.generatePkceCodes();
      redirect = await startLoopbackRedirect(state, { signal: abort.signal, timeoutMs: this.deps.signInTimeoutMs ?? 300_000 });
      // Cancelling while the browser is still opening must not leave a rejection nobody awaits.
      redirect.result.catch(() => undefined);
      const { redirectUri } = redirect;
      const url = await withProxyFailures(() =>
        app.getAuthCodeUrl({
          scopes,
          redirectUri,
          codeChallenge: challenge,
          codeChallengeMethod: 'S256',
          responseMode: 'form_post',
          state,
          prompt: 'select_account',
          ...(loginHint ? { loginHint } : {}),
        }),
      );
      await this.deps.openBrowser(url, endpoints);
      const response = await redirect.result;
      // The browser has answered, whatever it said: the technician's next step is in TAP Desk.
      this.deps.bringToFront?.();
      if ('error' in response) throw oauthFailure(response.error, response.errorDescription);
      const result: AuthenticationResult = await withProxyFailures(() =>
        app.acquireTokenByCode({ code: response.code, codeVerifier: verifier, redirectUri, scopes }),
      );
      if (!result.account) throw failure('sign_in_failed', 'The sign-in service did not return an account.', { reason: 'no_account_returned' });
      const account = toSignedIn(profile.id, result.account);
      this.deps.profiles.setActiveAccount({ profileId: profile.id, homeAccountId: account.homeAccountId });
      return account;
    } catch (error) {
      if (error instanceof Error && (error.message === 'aborted' || error.message === 'timeout')) {
        throw error.message === 'timeout'
          ? failure('sign_in_cancelled', 'The sign-in took too long and was stopped.', { reason: 'sign_in_timed_out' })
          : failure('sign_in_cancelled', 'Sign-in was cancelled.');
      }
      throw error;
    } finally {
      redirect?.close();
      if (this.pendingSignIn === abort) this.pendingSignIn = null;
    }
  }

  cancelSignIn(): boolean {
    if (!this.pendingSignIn) return false;
    this.pendingSignIn.abort();
    return true;
  }

  async accounts(): Promise<SignedInAccount[]> {
    const lists = await Promise.all(
      this.deps.profiles.list().map(async (profile) => {
        const endpoints = resolveEndpoints(profile, this.deps.emulator);
        if ('code' in endpoints) return [];
        const accounts = await this.client(profile).app.getTokenCache().getAllAccounts();
        return accounts.map((account) => toSignedIn(profile.id, account));
      }),
    );
    return lists.flat();
  }

  private async account(ref: AccountRef): Promise<{ app: PublicClientApplication; account: AccountInfo; endpoints: ResolvedEndpoints; profile: TenantProfile }> {
    const profile = this.profile(ref.profileId);
    const { app, endpoints } = this.client(profile);
    const account = await app.getTokenCache().getAccountByHomeId(ref.homeAccountId);
    if (!account) throw failure('not_signed_in', 'That account is no longer signed in.');
    return { app, account, endpoints, profile };
  }

  /** Makes an account active once a silent token proves its sign-in still holds. */
  async switchTo(ref: AccountRef): Promise<SignedInAccount> {
    const { account } = await this.account(ref);
    await this.accessToken(ref, graphPermissions.signIn);
    this.deps.profiles.setActiveAccount(ref);
    return toSignedIn(ref.profileId, account);
  }

  async signOut(ref: AccountRef): Promise<void> {
    const { app, account } = await this.account(ref);
    await app.getTokenCache().removeAccount(account);
    const active = this.deps.profiles.activeAccount();
    if (active?.profileId === ref.profileId && active.homeAccountId === ref.homeAccountId) {
      const next = (await this.accounts())[0];
      this.deps.profiles.setActiveAccount(next ? { profileId: next.profileId, homeAccountId: next.homeAccountId } : null);
    }
  }

  async active(): Promise<ActiveAccount | null> {
    const ref = this.deps.profiles.activeAccount();
    if (!ref) return null;
    try {
      const { account, endpoints, profile } = await this.account(ref);
      return { account, endpoints, profile };
    } catch (error) {
      if (error instanceof AppFailure) return null;
      throw error;
    }
  }

  /** A Graph token for one account, silently (cache, then refresh token), one request at a time per account. */
  accessToken(ref: AccountRef, permissions: readonly string[]): Promise<string> {
    const key = `${ref.profileId}|${ref.homeAccountId}`;
    const previous = this.tokenQueues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => {
      const { app, account, endpoints } = await this.account(ref);
      try {
        const result = await withProxyFailures(() => app.acquireTokenSilent({ account, scopes: scopesFor(endpoints.graphHost, permissions) }));
        return result.accessToken;
      } catch (error) {
        throw new AppFailure(toAppError(error));
      }
    });
    this.tokenQueues.set(key, next);
    return next;
  }

  /**
   * The Graph permissions granted to the tokens cached for an account, names only: read from the cache, so the
   * service desk gets them even when the sign-in service cannot be reached.
   */
  async grantedPermissions(ref: AccountRef): Promise<string[]> {
    const { app, account, endpoints } = await this.account(ref);
    const resource = `${endpoints.graphHost}/`.toLowerCase();
    const names = Object.values(app.getTokenCache().getKVStore()).flatMap((entry) => {
      const token = entry as { credentialType?: string; homeAccountId?: string; target?: string };
      if (token.credentialType !== 'AccessToken' || token.homeAccountId !== account.homeAccountId) return [];
      return (token.target ?? '').split(' ').flatMap((scope) => (scope.toLowerCase().startsWith(resource) ? [scope.slice(resource.length)] : []));
    });
    return [...new Set(names)].sort();
  }
}
