import type { MenuLabels, shellChannels } from '../../shared';
import type { Publish } from '../ipc/event-publisher';
import type { HandlersFor } from '../ipc/router';
import type { ApplicationMenu } from '../platform/ports';
import { menuTemplate } from './menu-template';

export interface MenuDeps {
  /** Without one (tests, the end-to-end harness), the words are accepted and shown nowhere. */
  menu: ApplicationMenu | undefined;
  platform: NodeJS.Platform;
  packaged: boolean;
  publish: Publish;
}

/**
 * Sets the application menu at once, before any window exists, so Electron's default menu (reload, developer tools)
 * is never the app's; it has Electron's words for its roles until the renderer sends the UI's. A command chosen in
 * it reaches the app's page as `event:menu-command`.
 */
export const shellHandlers = ({ menu, platform, packaged, publish }: MenuDeps): HandlersFor<typeof shellChannels> => {
  const show = (labels: MenuLabels | null) => menu?.show(menuTemplate({ platform, packaged, labels }), (command) => publish('event:menu-command', { command }));
  show(null);
  return {
    'shell:menu-labels': async (labels) => {
      show(labels);
      return menu !== undefined;
    },
  };
};
