import type { ResolveProxy } from '../platform/ports';
import { exemptFromProxy } from './no-proxy';
import { direct, parsePacAnswer, parseProxyUrl, type ProxyDecision, type ProxyRoute } from './proxy-answer';
import { proxyUnsupported } from './proxy-failures';

/** The process environment, or a stand-in for it in tests. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** How long the system's answer for an origin is used before it is asked again (a VPN coming up changes it). */
export const ROUTE_TTL_MS = 60_000;

/**
 * HTTPS_PROXY, when set, with NO_PROXY's exemptions; lower case first, as curl and undici read them. Only the HTTPS
 * variable counts: every request main sends is HTTPS, and HTTP_PROXY is for plain HTTP, as in curl.
 */
const fromEnvironment = (env: Environment, url: URL): ProxyDecision | undefined => {
  const proxy = env.https_proxy || env.HTTPS_PROXY;
  if (!proxy) return undefined;
  return exemptFromProxy(env.no_proxy ?? env.NO_PROXY ?? '', url) ? direct : parseProxyUrl(proxy);
};

/**
 * Which route each origin takes. HTTPS_PROXY (with NO_PROXY) comes first when it is set: it is the choice of
 * whoever started this process (a launcher, a deployment script, a technician testing a route), narrower than the
 * machine's settings, it is how curl, git and Node read it, and it lets IT send the desk to a proxy it can use
 * when the system's settings name one it cannot (SOCKS, or one that only takes Kerberos/NTLM). Otherwise the
 * system decides (Electron's `resolveProxy`: manual settings, a PAC script or WPAD); without one, DIRECT.
 *
 * The system's answer is kept per origin for `ROUTE_TTL_MS`, so calls do not each ask again; a proxy that cannot
 * be reached makes its origin ask again at the next call.
 */
export class ProxyRoutes {
  private readonly answers = new Map<string, { until: number; decision: Promise<ProxyDecision> }>();

  constructor(
    private readonly system: ResolveProxy | undefined,
    private readonly env: Environment = process.env,
    private readonly now: () => number = Date.now,
  ) {}

  /** The route for `origin` (`https://host[:port]`); an AppFailure when the settings name only proxies TAP Desk cannot use. */
  async route(origin: string): Promise<ProxyRoute> {
    const decision = fromEnvironment(this.env, new URL(origin)) ?? (await this.fromSystem(origin));
    if (decision.kind === 'unsupported') throw proxyUnsupported(decision.detail);
    return decision;
  }

  /** Asks the system again for `origin` at its next call. */
  forget(origin: string): void {
    this.answers.delete(origin);
  }

  private fromSystem(origin: string): Promise<ProxyDecision> {
    const { system } = this;
    if (!system) return Promise.resolve(direct);
    const kept = this.answers.get(origin);
    if (kept && kept.until > this.now()) return kept.decision;
    // Chromium itself goes direct when a PAC script fails, unless told the script is mandatory; so does the desk,
    // without keeping the failure.
    const decision = system(`${origin}/`).then(parsePacAnswer, () => {
      this.forget(origin);
      return direct;
    });
    this.answers.set(origin, { until: this.now() + ROUTE_TTL_MS, decision });
    return decision;
  }
}
