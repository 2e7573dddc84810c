import { X509Certificate } from 'node:crypto';
import { app, BrowserWindow, session, shell } from 'electron';
import { isAllowedSignInUrl, type ResolvedEndpoints } from '../accounts';
import { signInWindowRule } from '../shell';
import { guardSession } from './hardening';

/**
 * Real clouds sign in through the system browser (SSO, passkeys, Conditional Access). The emulator's
 * CA is unknown to that browser, so demo sign-in opens in an isolated window that trusts exactly it.
 */
export const openSignIn = async (url: string, endpoints: ResolvedEndpoints, onAbandoned: () => void): Promise<void> => {
  if (!isAllowedSignInUrl(url, endpoints.authorityHost)) throw new Error('Refused to open a sign-in address outside the tenant’s sign-in host.');
  if (!endpoints.ca) {
    await shell.openExternal(url);
    return;
  }
  const ca = new X509Certificate(endpoints.ca);
  const demoSession = session.fromPartition('demo-sign-in');
  demoSession.setCertificateVerifyProc((request, callback) => {
    const leaf = new X509Certificate(request.certificate.data);
    const signedByEmulator = leaf.checkIssued(ca) && leaf.verify(ca.publicKey);
    const forThisHost = leaf.checkIP(request.hostname) !== undefined || leaf.checkHost(request.hostname) !== undefined;
    callback(signedByEmulator && forThisHost ? 0 : -2);
  });
  guardSession(demoSession, signInWindowRule(url));
  const window = new BrowserWindow({
    width: 480,
    height: 640,
    title: 'Sign in — demo tenant',
    // The app's menu is for the desk; the sign-in page has nothing to do with it.
    autoHideMenuBar: true,
    webPreferences: { session: demoSession, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: !app.isPackaged },
  });
  // The sign-in page form-posts to the loopback redirect; once there, the window has done its job.
  // Closed before that, the technician gave up: stop waiting instead of hanging until the timeout.
  let answered = false;
  window.webContents.on('did-navigate', (_event, navigatedTo) => {
    const { protocol, hostname } = new URL(navigatedTo);
    if (protocol !== 'http:' || hostname !== '127.0.0.1') return;
    answered = true;
    setTimeout(() => window.close(), 1500);
  });
  window.on('closed', () => {
    if (!answered) onAbandoned();
  });
  await window.loadURL(url);
};
