import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, serveRendererFile } from '../shell';

/**
 * Must run before the app is ready. Standard: relative URLs and a real origin; secure: counted as a secure
 * context like https, so the renderer's web APIs behave as on the web. No other privileges (no fetch from
 * pages, no CORS, no service workers, no bypassing the CSP).
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
};

/** Serves the packaged renderer on `app://tap-desk/` from the built files in `root`. */
export const serveAppScheme = (root: string): void => {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveRendererFile(root, request.url, { method: request.method, host: APP_HOST });
    return new Response(new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
  });
};
