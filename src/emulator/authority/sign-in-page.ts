import type { RedirectTarget } from './authorize-request.js';

const escape = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const styles = `
  body { font-family: "Segoe UI", system-ui, sans-serif; background: #f2f2f2; margin: 0; color: #1b1b1b; }
  main { max-width: 440px; margin: 10vh auto; background: #fff; padding: 44px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
  h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 4px; }
  .tenant { color: #505050; margin: 0 0 24px; }
  h2 { font-size: 1rem; font-weight: 600; margin: 16px 0 4px; }
  label { display: block; margin: 16px 0 4px; font-weight: 600; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: 8px; font-size: 1rem; border: 1px solid #666; }
  input:focus, button:focus { outline: 2px solid #0067b8; outline-offset: 2px; }
  button { margin-top: 24px; background: #0067b8; color: #fff; border: 0; padding: 8px 32px; font-size: 1rem; cursor: pointer; }
  button.secondary { background: #fff; color: #1b1b1b; border: 1px solid #666; }
  .actions { display: flex; justify-content: flex-end; gap: 8px; }
  .account { color: #505050; margin: 0 0 16px; }
  .error { color: #a4262c; border-left: 4px solid #a4262c; padding: 4px 8px; margin: 16px 0 0; }
  .detail { color: #505050; font-size: .85rem; }
  .option { display: flex; gap: 8px; align-items: center; margin: 16px 0 0; }
  .option label { display: inline; margin: 0; font-weight: 400; }
  a { color: #0067b8; }
`;

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escape(title)}</title><style>${styles}</style></head><body><main>${body}</main></body></html>`;

const hiddenFields = (parameters: Array<[string, string]>): string =>
  parameters.map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join('');

export interface SignInPageModel {
  action: string;
  tenantName: string;
  appName: string;
  parameters: Array<[string, string]>;
  username: string;
  error: string | null;
}

/** The emulator's own sign-in form: it posts back to the authorize endpoint with the original request in hidden fields. */
export const signInPage = (model: SignInPageModel): string => {
  const hidden = hiddenFields(model.parameters);
  const error = model.error ? `<p class="error" id="sign-in-error" role="alert">${escape(model.error)}</p>` : '';
  const described = model.error ? ' aria-describedby="sign-in-error"' : '';
  return page(
    'Sign in to your account',
    `<h1>Sign in</h1><p class="tenant">${escape(model.tenantName)} · to continue to ${escape(model.appName)}</p>${error}` +
      `<form method="post" action="${escape(model.action)}">${hidden}` +
      `<label for="username">Username</label>` +
      `<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escape(model.username)}"${described}>` +
      `<label for="password">Password</label>` +
      `<input type="password" id="password" name="password" autocomplete="current-password" required${described}>` +
      `<button type="submit">Sign in</button></form>`,
  );
};

export interface ConsentPageModel {
  action: string;
  appName: string;
  tenantName: string;
  userPrincipalName: string;
  permissions: string[];
  parameters: Array<[string, string]>;
  flowToken: string;
  /** An admin who may grant for everyone also sees "Consent on behalf of your organization", unchecked. */
  organizationOption: boolean;
}

/**
 * The checkbox has no value attribute, so a browser submits `consent_on_behalf=on` only when it is checked
 * (https://html.spec.whatwg.org/multipage/input.html#checkbox-state-(type=checkbox)).
 */
const organizationCheckbox =
  `<p class="option"><input type="checkbox" id="consent-on-behalf" name="consent_on_behalf">` +
  `<label for="consent-on-behalf">Consent on behalf of your organization</label></p>`;

/**
 * Entra's "Permissions requested" prompt: what the app may do, then Cancel or Accept. The pressed button's
 * `consent_action` is the answer; the flow token stands for the user who just signed in.
 */
export const consentPage = (model: ConsentPageModel): string =>
  page(
    'Permissions requested',
    `<p class="account">${escape(model.userPrincipalName)}</p><h1>Permissions requested</h1>` +
      `<p class="tenant">${escape(model.appName)} · ${escape(model.tenantName)}</p>` +
      `<h2 id="permissions-heading">This app would like to:</h2>` +
      `<ul aria-labelledby="permissions-heading">${model.permissions.map((text) => `<li>${escape(text)}</li>`).join('')}</ul>` +
      `<form method="post" action="${escape(model.action)}">${hiddenFields(model.parameters)}` +
      `<input type="hidden" name="flowToken" value="${escape(model.flowToken)}">` +
      (model.organizationOption ? organizationCheckbox : '') +
      `<p class="detail">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.</p>` +
      `<div class="actions"><button type="submit" class="secondary" name="consent_action" value="cancel">Cancel</button>` +
      `<button type="submit" name="consent_action" value="accept">Accept</button></div></form>`,
  );

export interface AdminApprovalPageModel {
  action: string;
  /** The authorize request as it came, to start over with another account. */
  restartUrl: string;
  appName: string;
  userPrincipalName: string;
  /** AADSTS90094's sentence. */
  message: string;
  parameters: Array<[string, string]>;
  flowToken: string;
}

/**
 * "Need admin approval": a signed-in user who may not grant what the app asks for is told to ask an admin
 * (https://learn.microsoft.com/entra/identity-platform/application-consent-experience#app-requires-a-permission-that-the-user-has-no-right-to-grant),
 * may sign in with an admin account instead, or goes back to the app without granting anything.
 */
export const adminApprovalPage = (model: AdminApprovalPageModel): string =>
  page(
    'Need admin approval',
    `<p class="account">${escape(model.userPrincipalName)}</p><h1>Need admin approval</h1>` +
      `<p class="tenant">${escape(model.appName)}</p>` +
      `<p role="alert">${escape(model.message)}</p>` +
      `<p><a href="${escape(model.restartUrl)}">Have an admin account? Sign in with that account</a></p>` +
      `<form method="post" action="${escape(model.action)}">${hiddenFields(model.parameters)}` +
      `<input type="hidden" name="flowToken" value="${escape(model.flowToken)}">` +
      `<div class="actions"><button type="submit" class="secondary" name="admin_approval_action" value="return">Return to the application without granting consent</button></div></form>`,
  );

/** What Entra answers with `response_mode=form_post`: a page that posts the result to the redirect URI at once. */
export const formPostPage = (target: RedirectTarget, fields: Record<string, string>): string => {
  const all = { ...fields, ...(target.state !== null ? { state: target.state } : {}) };
  const inputs = Object.entries(all)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return page(
    'Working...',
    `<form method="post" id="response" action="${escape(target.redirectUri)}">${inputs}` +
      `<noscript><p>Script is disabled. Select Continue to finish signing in.</p><button type="submit">Continue</button></noscript></form>` +
      `<script>document.getElementById('response').submit();</script>`,
  );
};

export const errorPage = (description: string): string =>
  page(
    'Sign in to your account',
    `<h1>Sign in</h1><p class="error" role="alert">Sorry, but we're having trouble signing you in.</p><p class="detail">${escape(description)}</p>`,
  );
