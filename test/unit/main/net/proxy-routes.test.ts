import { describe, expect, it } from 'vitest';
import { ProxyRoutes, ROUTE_TTL_MS } from '../../../../src/main/net/proxy-routes';

const graph = 'https://graph.microsoft.com';

/** A stand-in for Electron's resolveProxy that answers from a table and counts what it is asked. */
const system = (answer: string | Error = 'PROXY gate.corp.example:8080') => {
  const asked: string[] = [];
  const resolve = async (url: string) => {
    asked.push(url);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { resolve, asked };
};

describe('the route to a cloud', () => {
  it("follows the system's answer, asked for the origin", async () => {
    const settings = system();
    const routes = new ProxyRoutes(settings.resolve, {});
    await expect(routes.route(graph)).resolves.toMatchObject({ kind: 'proxy', name: 'gate.corp.example:8080' });
    expect(settings.asked).toEqual([`${graph}/`]);
  });

  it('goes direct without system settings or HTTPS_PROXY (plain Node)', async () => {
    await expect(new ProxyRoutes(undefined, {}).route(graph)).resolves.toEqual({ kind: 'direct' });
  });

  it("prefers HTTPS_PROXY to the system's answer, and the lower-case name to the upper-case one", async () => {
    const settings = system('DIRECT');
    const env = { https_proxy: 'http://lower.example:3128', HTTPS_PROXY: 'http://upper.example:3128' };
    await expect(new ProxyRoutes(settings.resolve, env).route(graph)).resolves.toMatchObject({ name: 'lower.example:3128' });
    await expect(new ProxyRoutes(settings.resolve, { HTTPS_PROXY: 'http://upper.example:3128' }).route(graph)).resolves.toMatchObject({ name: 'upper.example:3128' });
    expect(settings.asked).toEqual([]);
  });

  it('goes direct for an origin NO_PROXY exempts from HTTPS_PROXY, without asking the system', async () => {
    const settings = system();
    const routes = new ProxyRoutes(settings.resolve, { HTTPS_PROXY: 'http://gate:3128', NO_PROXY: 'microsoft.com' });
    await expect(routes.route(graph)).resolves.toEqual({ kind: 'direct' });
    await expect(routes.route('https://login.microsoftonline.com')).resolves.toMatchObject({ name: 'gate:3128' });
    expect(settings.asked).toEqual([]);
  });

  it('ignores HTTP_PROXY: every request is HTTPS', async () => {
    await expect(new ProxyRoutes(undefined, { HTTP_PROXY: 'http://gate:3128' }).route(graph)).resolves.toEqual({ kind: 'direct' });
  });

  it("keeps the system's answer for a minute per origin, then asks again", async () => {
    let now = 1_000;
    const settings = system();
    const routes = new ProxyRoutes(settings.resolve, {}, () => now);
    await routes.route(graph);
    await routes.route(graph);
    await routes.route('https://login.microsoftonline.com');
    expect(settings.asked).toEqual([`${graph}/`, 'https://login.microsoftonline.com/']);
    now += ROUTE_TTL_MS + 1;
    await routes.route(graph);
    expect(settings.asked).toHaveLength(3);
  });

  it('asks again for an origin it was told to forget', async () => {
    const settings = system();
    const routes = new ProxyRoutes(settings.resolve, {});
    await routes.route(graph);
    routes.forget(graph);
    await routes.route(graph);
    expect(settings.asked).toHaveLength(2);
  });

  it('goes direct when the system cannot answer, as Chromium does for a failing PAC script, and asks again next time', async () => {
    const settings = system(new Error('PAC script download failed'));
    const routes = new ProxyRoutes(settings.resolve, {});
    await expect(routes.route(graph)).resolves.toEqual({ kind: 'direct' });
    await routes.route(graph);
    expect(settings.asked).toHaveLength(2);
  });

  it('refuses settings that name only a SOCKS proxy with a network error that says so', async () => {
    await expect(new ProxyRoutes(system('SOCKS5 s:1080').resolve, {}).route(graph)).rejects.toMatchObject({
      error: { code: 'network', reason: 'proxy_unsupported', detail: expect.stringContaining('SOCKS5 s:1080') },
    });
    await expect(new ProxyRoutes(undefined, { HTTPS_PROXY: 'socks5://s:1080' }).route(graph)).rejects.toMatchObject({
      error: { code: 'network', reason: 'proxy_unsupported' },
    });
  });
});
