import { Agent } from 'undici';

interface HtmlForm {
  action: string;
  fields: URLSearchParams;
  passwordField?: string;
  usernameField?: string;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const parseForm = (html: string, baseUrl: string): HtmlForm => {
  const form = /<form\b[^>]*>/i.exec(html)?.[0];
  if (!form) throw new Error(`No form in page: ${html.slice(0, 300)}`);
  const fields = new URLSearchParams();
  const parsed: HtmlForm = { action: new URL(decode(attribute(form, 'action') ?? baseUrl), baseUrl).href, fields };
  for (const [input] of html.matchAll(/<input\b[^>]*>/gi)) {
    const name = attribute(input, 'name');
    if (!name) continue;
    const type = (attribute(input, 'type') ?? 'text').toLowerCase();
    if (type === 'password') parsed.passwordField = name;
    else if (type === 'text' || type === 'email') parsed.usernameField = name;
    fields.set(name, decode(attribute(input, 'value') ?? ''));
  }
  return parsed;
};

/** The submit buttons of a page by their visible text, with the name and value a press submits. */
const buttonsOf = (html: string): Map<string, { name: string; value: string }> => {
  const buttons = new Map<string, { name: string; value: string }>();
  for (const [, tag = '', label = ''] of html.matchAll(/(<button\b[^>]*>)([^<]*)<\/button>/gi)) {
    const name = attribute(tag, 'name');
    if (name) buttons.set(decode(label.trim()), { name, value: decode(attribute(tag, 'value') ?? '') });
  }
  return buttons;
};

export interface BrowserStandInOptions {
  /** What to press when the tenant asks for consent after the password; Accept unless told otherwise. */
  consent?: 'accept' | 'cancel';
}

export interface BrowserOutcome {
  /** The page text when the sign-in page answers with an error instead of a redirect. */
  errorPage?: string;
  /** Set when a consent step came: the permissions it listed and the button pressed. */
  consent?: { permissions: string[]; pressed: 'Accept' | 'Cancel' };
}

/**
 * Plays the browser's part of the interactive sign-in without a browser: loads the emulator's sign-in
 * page, submits the credentials, answers a consent step if one comes, and delivers the resulting
 * form_post to the loopback redirect.
 */
export const browserStandIn = (ca: string, username: string, password: string, options: BrowserStandInOptions = {}) => {
  const dispatcher = new Agent({ connect: { ca } });
  const outcome: BrowserOutcome = {};
  const post = async (form: HtmlForm) => {
    const answer = await fetch(form.action, { method: 'POST', body: form.fields, dispatcher } as RequestInit);
    return { html: await answer.text(), url: form.action };
  };
  const openBrowser = async (url: string) => {
    const page = await fetch(url, { dispatcher } as RequestInit);
    const login = parseForm(await page.text(), url);
    if (!login.usernameField || !login.passwordField) throw new Error('Sign-in page has no credential fields');
    login.fields.set(login.usernameField, username);
    login.fields.set(login.passwordField, password);
    let answer = await post(login);
    const pressed = options.consent === 'cancel' ? 'Cancel' : 'Accept';
    const button = buttonsOf(answer.html).get(pressed);
    if (button) {
      outcome.consent = { permissions: [...answer.html.matchAll(/<li>([^<]*)<\/li>/g)].map(([, text = '']) => decode(text)), pressed };
      const consent = parseForm(answer.html, answer.url);
      consent.fields.set(button.name, button.value);
      answer = await post(consent);
    }
    const relay = parseForm(answer.html, answer.url);
    // TAP Desk's own listener is named by its IP literal; msal-node's built-in one says localhost.
    if (!/^http:\/\/(127\.0\.0\.1|localhost):/.test(relay.action)) {
      outcome.errorPage = answer.html;
      return;
    }
    await fetch(relay.action.replace('//localhost:', '//127.0.0.1:'), { method: 'POST', body: relay.fields });
  };
  return { openBrowser, outcome };
};
