import { app, session, type Session, type WebContents } from 'electron';
import { DEV_SERVER_POLICY, type Navigation, type NavigationRule } from '../shell';

const rules = new WeakMap<Session, NavigationRule>();
const nowhere: NavigationRule = () => false;

/**
 * Sets what pages in `target` may navigate to and refuses every permission they ask for or are checked for
 * (camera, notifications, clipboard, HID/USB/serial devices…). Every session the app uses goes through here.
 */
export const guardSession = (target: Session, rule: NavigationRule): void => {
  rules.set(target, rule);
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
};

/**
 * App-wide rules for every web contents, whatever window or session it belongs to: no new windows, no webviews,
 * and each navigation, redirect or frame load judged by its session's rule (a session nobody guarded goes
 * nowhere). The development server's pages get the dev policy as a header; packaged pages get theirs from the
 * app scheme.
 */
export const hardenApp = (devServer: string | undefined): void => {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const judge = (event: { url: string; isMainFrame: boolean; preventDefault(): void }) => {
      const navigation: Navigation = { url: event.url, isMainFrame: event.isMainFrame };
      if (!(rules.get(contents.session) ?? nowhere)(navigation)) event.preventDefault();
    };
    contents.on('will-navigate', judge);
    contents.on('will-redirect', judge);
    contents.on('will-frame-navigate', judge);
  });
  if (devServer) {
    session.defaultSession.webRequest.onHeadersReceived({ urls: [`${new URL(devServer).origin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEV_SERVER_POLICY] } });
    });
  }
};
