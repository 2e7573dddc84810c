import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../../src/main/shell/app-origin';
import { appWindowRule, signInWindowRule, slipWindowRule } from '../../../../src/main/shell/navigation-rules';
import { trustedSender } from '../../../../src/main/ipc/trusted-sender';

const main = (url: string) => ({ url, isMainFrame: true });
const frame = (url: string) => ({ url, isMainFrame: false });

describe('the app window', () => {
  const rule = appWindowRule(APP_ENTRY_URL);

  it.each([
    ['its page', main('app://tap-desk/index.html')],
    ['its page reloaded with a hash', main('app://tap-desk/index.html#journal')],
    ['the mail preview frame', frame('about:srcdoc')],
  ])('may show %s', (_name, navigation) => expect(rule(navigation)).toBe(true));

  it.each([
    ['another app host', main('app://evil/index.html')],
    ['the app host on another scheme', main('https://tap-desk/index.html')],
    ['a local file', main('file:///C:/Users/desk/Downloads/page.html')],
    ['a sign-in page', main('https://login.microsoftonline.com/common/oauth2/v2.0/authorize')],
    ['a data page', main('data:text/html,<p>hi</p>')],
    ['a script address', main('javascript:alert(1)')],
    ['about:srcdoc in the main frame', main('about:srcdoc')],
    ['a blank frame', frame('about:blank')],
    ['our own page in a frame', frame('app://tap-desk/index.html')],
    ['a web page in a frame', frame('https://evil.example/')],
    ['a link in the mail preview', frame('https://contoso.example/welcome')],
  ])('may not show %s', (_name, navigation) => expect(rule(navigation)).toBe(false));

  it('follows the development server by scheme, host and port', () => {
    const dev = appWindowRule('http://localhost:5173/');
    expect(dev(main('http://localhost:5173/index.html'))).toBe(true);
    expect(dev(main('http://localhost:5174/'))).toBe(false);
    expect(dev(main('https://localhost:5173/'))).toBe(false);
  });
});

describe('the demo sign-in window', () => {
  const authorize =
    'https://127.0.0.1:8443/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=x&redirect_uri=http%3A%2F%2F127.0.0.1%3A53123&response_mode=form_post';
  const rule = signInWindowRule(authorize);

  it.each([
    ['the sign-in page', main(authorize)],
    ['the next sign-in form', main('https://127.0.0.1:8443/contoso.onmicrosoft.com/login')],
    ['the form post to this sign-in’s loopback address', main('http://127.0.0.1:53123/')],
  ])('may show %s', (_name, navigation) => expect(rule(navigation)).toBe(true));

  it.each([
    ['another loopback port', main('http://127.0.0.1:53124/')],
    ['localhost instead of the IP literal', main('http://localhost:53123/')],
    ['the emulator over plain http', main('http://127.0.0.1:8443/')],
    ['another site', main('https://evil.example/')],
    ['any frame', frame('https://127.0.0.1:8443/contoso.onmicrosoft.com/login')],
  ])('may not show %s', (_name, navigation) => expect(rule(navigation)).toBe(false));
});

describe('the slip window', () => {
  it.each([main('data:text/html,<p>x</p>'), main('app://tap-desk/index.html'), frame('about:srcdoc'), main('https://example.com/')])(
    'goes nowhere: %o',
    (navigation) => expect(slipWindowRule(navigation)).toBe(false),
  );
});

describe('the trusted sender', () => {
  const isTrusted = trustedSender(APP_ENTRY_URL);

  it('is the main frame of the app scheme’s own host only', () => {
    expect(isTrusted(main('app://tap-desk/index.html'))).toBe(true);
    expect(isTrusted(frame('app://tap-desk/index.html'))).toBe(false);
    // Node's URL gives every `app:` address the opaque origin "null": comparing origins would trust these.
    expect(isTrusted(main('app://evil/index.html'))).toBe(false);
    expect(isTrusted(main('other://tap-desk/index.html'))).toBe(false);
    expect(isTrusted(main('file:///opt/tapdesk/resources/app.asar/out/renderer/index.html'))).toBe(false);
    expect(isTrusted(main('about:srcdoc'))).toBe(false);
    expect(isTrusted(main(''))).toBe(false);
  });
});
