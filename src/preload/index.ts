import { contextBridge, ipcRenderer } from 'electron';
import { channels, type Channel } from '../shared/channels';
import type { TapDeskApi } from '../shared/contract';

/** One named function per contract channel; nothing generic (no raw ipcRenderer) reaches the page. */
const api = Object.fromEntries(
  (Object.entries(channels) as [Channel, string][]).map(([channel, method]) => [method, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as TapDeskApi;

contextBridge.exposeInMainWorld('tapdesk', Object.freeze(api));
