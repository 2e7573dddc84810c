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

/**
 * Plays the browser's part of the interactive sign-in without a browser: loads the emulator's sign-in
 * page, submits the credentials and delivers the resulting form_post to the loopback redirect.
 * Returns the page text when the sign-in page answers with an error instead of a redirect.
 */
export const browserStandIn = (ca: string, username: string, password: string) => {
  const dispatcher = new Agent({ connect: { ca } });
  const outcome: { errorPage?: string } = {};
  const openBrowser = async (url: string) => {
    const page = await fetch(url, { dispatcher } as RequestInit);
    const login = parseForm(await page.text(), url);
    if (!login.usernameField || !login.passwordField) throw new Error('Sign-in page has no credential fields');
    login.fields.set(login.usernameField, username);
    login.fields.set(login.passwordField, password);
    const answer = await fetch(login.action, { method: 'POST', body: login.fields, dispatcher } as RequestInit);
    const html = await answer.text();
    const relay = parseForm(html, login.action);
    if (!relay.action.startsWith('http://localhost:')) {
      outcome.errorPage = html;
      return;
    }
    await fetch(relay.action.replace('//localhost:', '//127.0.0.1:'), { method: 'POST', body: relay.fields });
  };
  return { openBrowser, outcome };
};
