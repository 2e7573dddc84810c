export { APP_ENTRY_URL, APP_HOST, APP_SCHEME, sameSchemeAndHost } from './app-origin';
export { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER, DEV_SERVER_POLICY } from './content-security-policy';
export { shellHandlers, type MenuDeps } from './menu-handlers';
export { commandAccelerators, menuTemplate, type MenuCommandItem, type MenuFacts, type MenuItemSpec, type MenuRole, type MenuRoleItem, type MenuSeparator } from './menu-template';
export { appWindowRule, signInWindowRule, slipWindowRule, type Navigation, type NavigationRule } from './navigation-rules';
export { serveRendererFile, type RendererResponse } from './renderer-files';
