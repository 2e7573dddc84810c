export { APP_ENTRY_URL, APP_HOST, APP_SCHEME, sameSchemeAndHost } from './app-origin';
export { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER, DEV_SERVER_POLICY } from './content-security-policy';
export { appWindowRule, signInWindowRule, slipWindowRule, type Navigation, type NavigationRule } from './navigation-rules';
export { serveRendererFile, type RendererResponse } from './renderer-files';
