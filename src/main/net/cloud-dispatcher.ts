import type { Duplex } from 'node:stream';
import { Agent, Dispatcher, ProxyAgent } from 'undici';
import { AppFailure } from '../app-failure';
import type { ResolveProxy } from '../platform/ports';
import type { ProxyRoute } from './proxy-answer';
import { currentProxyNote, proxyFailure, type ProxyFailureNote } from './proxy-failures';
import { ProxyRoutes, type Environment } from './proxy-routes';
import { nodeRoots, trustedRoots, type ReadRoots } from './trust-roots';

type Handler = Dispatcher.DispatchHandlers;

/** host:port of an https origin, as a CONNECT names it. */
const connectTarget = (origin: string): string => {
  const url = new URL(origin);
  return `${url.hostname}:${url.port || 443}`;
};

/**
 * Passes a request's events on to fetch's or undici's own handler unchanged, except that a failure through a proxy
 * becomes the contract error that names it, noted for the operation that sent the request, and an answer clears
 * an earlier note.
 */
class RoutedHandler implements Handler {
  constructor(
    private readonly handler: Handler,
    private readonly route: ProxyRoute,
    private readonly origin: string,
    private readonly note: ProxyFailureNote | undefined,
    private readonly onUnreachable: () => void,
  ) {}

  onConnect(abort: (err?: Error) => void): void {
    this.handler.onConnect?.(abort);
  }

  onUpgrade(statusCode: number, headers: Buffer[] | string[] | null, socket: Duplex): void {
    this.handler.onUpgrade?.(statusCode, headers, socket);
  }

  onResponseStarted(): void {
    this.handler.onResponseStarted?.();
  }

  onHeaders(statusCode: number, headers: Buffer[], resume: () => void, statusText: string): boolean {
    if (this.note) this.note.failure = undefined;
    return this.handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true;
  }

  onData(chunk: Buffer): boolean {
    return this.handler.onData?.(chunk) ?? true;
  }

  onComplete(trailers: string[] | null): void {
    this.handler.onComplete?.(trailers);
  }

  onBodySent(chunkSize: number, totalBytesSent: number): void {
    this.handler.onBodySent?.(chunkSize, totalBytesSent);
  }

  onError(error: Error): void {
    const known = this.route.kind === 'proxy' ? proxyFailure(error, this.route.name, connectTarget(this.origin)) : undefined;
    if (known) {
      if (known.unreachable) this.onUnreachable();
      if (this.note) this.note.failure = known.failure;
    }
    this.handler.onError?.(known?.failure ?? error);
  }
}

/**
 * One dispatcher for every request to the clouds that trust one set of roots: it asks for each request's route,
 * then hands the request to a direct agent or to undici's ProxyAgent (a CONNECT tunnel, then TLS to the service
 * inside it, checked against the same roots). One agent per route, so connections are pooled per proxy.
 */
class CloudDispatcher extends Dispatcher {
  private readonly agents = new Map<string, Dispatcher>();
  private readonly roots: string[] | undefined;
  /**
   * An HTTPS proxy is the organisation's own server, whose certificate chains to a root in the system's store as in
   * the browser; it is checked against Node's and the system's roots whatever the cloud behind it trusts.
   */
  private readonly proxyRoots: string[] | undefined;

  constructor(
    private readonly routes: ProxyRoutes,
    ca: string | undefined,
    readRoots: ReadRoots | undefined,
  ) {
    super();
    this.roots = trustedRoots(ca, readRoots);
    this.proxyRoots = trustedRoots(undefined, readRoots);
  }

  private agentFor(route: ProxyRoute): Dispatcher {
    const key = route.kind === 'direct' ? 'direct' : route.uri;
    let agent = this.agents.get(key);
    if (!agent) {
      const trust = this.roots ? { ca: this.roots } : undefined;
      agent =
        route.kind === 'direct'
          ? new Agent(trust ? { connect: trust } : {})
          : new ProxyAgent({ uri: route.uri, ...(trust ? { requestTls: trust } : {}), ...(this.proxyRoots ? { proxyTls: { ca: this.proxyRoots } } : {}) });
      this.agents.set(key, agent);
    }
    return agent;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Handler): boolean {
    const origin = new URL(String(options.origin)).origin;
    // Taken now: the answer and its failure arrive outside the operation that sent the request.
    const note = currentProxyNote();
    const fail = (error: unknown) => {
      const reason = error instanceof Error ? error : new Error(String(error));
      if (note && reason instanceof AppFailure) note.failure = reason;
      handler.onError?.(reason);
    };
    this.routes.route(origin).then((route) => {
      try {
        this.agentFor(route).dispatch(options, new RoutedHandler(handler, route, origin, note, () => this.routes.forget(origin)));
      } catch (error) {
        fail(error);
      }
    }, fail);
    return true;
  }

  override async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.close()));
  }

  override async destroy(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.destroy()));
  }
}

/** Hands out the dispatcher Graph's client and MSAL use for a cloud; one per set of trusted roots. */
export interface CloudNetwork {
  /** `ca`: the emulator's own CA, the only root trusted for it; undefined for Microsoft's clouds. */
  dispatcher(ca: string | undefined): Dispatcher;
  /** Closes every connection (tests, and the end of the process). */
  close(): Promise<void>;
}

/**
 * Routes by HTTPS_PROXY/NO_PROXY when set, else by `resolveProxy` (the system's settings), else DIRECT.
 * `readRoots` reads Node's and the system's roots (tests give their own store).
 */
export const cloudNetwork = (resolveProxy?: ResolveProxy, env?: Environment, readRoots: ReadRoots | undefined = nodeRoots): CloudNetwork => {
  const routes = new ProxyRoutes(resolveProxy, env);
  const dispatchers = new Map<string, CloudDispatcher>();
  return {
    dispatcher: (ca) => {
      const key = ca ?? '';
      let dispatcher = dispatchers.get(key);
      if (!dispatcher) {
        dispatcher = new CloudDispatcher(routes, ca, readRoots);
        dispatchers.set(key, dispatcher);
      }
      return dispatcher;
    },
    close: async () => {
      await Promise.all([...dispatchers.values()].map((dispatcher) => dispatcher.close()));
    },
  };
};

let envOrDirect: CloudNetwork | undefined;

/** Plain Node's network (tests, benches, the clients built without the app's): HTTPS_PROXY when set, else DIRECT. */
export const defaultCloudNetwork = (): CloudNetwork => (envOrDirect ??= cloudNetwork());
