import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, eventNames, type Channel, type EventName } from '../shared/channels';
import type { TapDeskApi } from '../shared/contract';

const isEventName = (event: string): event is EventName => (eventNames as readonly string[]).includes(event);

/** Main's events, one listener at a time per call; only the contract's event names can be listened to. */
const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
  if (!isEventName(event)) throw new Error(`Unknown event "${event.slice(0, 64)}".`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => void ipcRenderer.removeListener(event, forward);
};

/** One named function per contract channel and `on` for events; nothing generic (no raw ipcRenderer) reaches the page. */
const api = {
  ...Object.fromEntries(
    (Object.entries(channels) as [Channel, string][]).map(([channel, method]) => [method, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
  on,
} as unknown as TapDeskApi;

contextBridge.exposeInMainWorld('tapdesk', Object.freeze(api));
