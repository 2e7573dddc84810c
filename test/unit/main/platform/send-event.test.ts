import { describe, expect, it } from 'vitest';
import { sendToAppFrame } from '../../../../src/main/platform/send-event';

/** The app window, as far as sending an event goes. */
type AppWindow = NonNullable<ReturnType<Parameters<typeof sendToAppFrame>[0]>>;
const windowShowing = (url: string, sent: unknown[]) =>
  ({ webContents: { mainFrame: { url, send: (event: string, payload: unknown) => sent.push({ event, payload }) } } }) as unknown as AppWindow;
const isTrusted = ({ url, isMainFrame }: { url: string; isMainFrame: boolean }) => isMainFrame && url.startsWith('file:///app/');

describe('main’s events reach', () => {
  it('the app window’s main frame while it shows the app’s own page', () => {
    const sent: unknown[] = [];
    sendToAppFrame(() => windowShowing('file:///app/index.html', sent), isTrusted)('event:create-progress', { step: 'creating' });
    expect(sent).toEqual([{ event: 'event:create-progress', payload: { step: 'creating' } }]);
  });

  it('nothing else: not a page the window was navigated to, and not a closed window', () => {
    const sent: unknown[] = [];
    sendToAppFrame(() => windowShowing('https://evil.example/', sent), isTrusted)('event:create-progress', { step: 'creating' });
    sendToAppFrame(() => undefined, isTrusted)('event:create-progress', { step: 'creating' });
    expect(sent).toEqual([]);
  });
});
