import { describe, expect, it } from 'vitest';
import { rulesBrokenBy } from './lint-harness';

// Each forbidden import names a root file of its target (src/main/compose.ts, not a file inside a
// feature), so that only the boundary rule under test has anything to say about it.

describe('the renderer cannot import main, the emulator or the preload (layers/renderer-boundary)', () => {
  it.each([
    ['main', "export { compose } from '../../../../main/compose';"],
    ['the emulator', "export { startEmulator } from '../../../../emulator/index.js';"],
    ['the preload', "import '../../../../preload/index';"],
  ])('the renderer cannot import %s', async (_layer, code) => {
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', code)).toEqual(['layers/renderer-boundary']);
  });

  it('the renderer may import shared and its own modules', async () => {
    const code = "export { channels } from '../../../../shared';\nexport { Panel } from '../../ui/panel';\nexport { formatLocal } from '../../format/date-time';";
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', code)).toEqual([]);
  });

  it('the renderer is judged by the folder an import resolves to, not by the words in it', async () => {
    // '../main' from src/renderer/src/app/ is the renderer's own src/renderer/src/main.tsx.
    expect(await rulesBrokenBy('src/renderer/src/app/app-shell.tsx', "import '../main';")).toEqual([]);
    expect(await rulesBrokenBy('src/renderer/src/app/app-shell.tsx', "import '../../../main/compose';")).toEqual(['layers/renderer-boundary']);
  });

  it('the renderer cannot import main in any import form', async () => {
    const code = [
      "import type { Services } from '../../../../main/compose';",
      "export * from '../../../../main/compose';",
      "export const load = (): Promise<unknown> => import('../../../../main/compose');",
      "export type Compose = typeof import('../../../../main/compose');",
      'export type Alias = Services;',
    ].join('\n');
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', code)).toEqual([
      'layers/renderer-boundary',
      'layers/renderer-boundary',
      'layers/renderer-boundary',
      'layers/renderer-boundary',
    ]);
  });
});

describe('main cannot import the renderer (layers/main-boundary)', () => {
  it('main cannot import the renderer', async () => {
    expect(await rulesBrokenBy('src/main/people/people-service.ts', "export { getApi } from '../../renderer/src/api';")).toEqual([
      'layers/main-boundary',
    ]);
  });

  it('main may import shared, its infrastructure and another feature through its index', async () => {
    const code = "export { channels } from '../../shared';\nexport { GraphClient } from '../graph/graph-client';\nexport { TapService } from '../issuing';";
    expect(await rulesBrokenBy('src/main/people/people-service.ts', code)).toEqual([]);
  });
});

describe('the preload imports electron and shared only (layers/preload-boundary)', () => {
  it.each([
    ['main', "export { compose } from '../main/compose';"],
    ['the renderer', "export { getApi } from '../renderer/src/api';"],
    ['the emulator', "export { startEmulator } from '../emulator/index.js';"],
  ])('the preload cannot import %s', async (_layer, code) => {
    expect(await rulesBrokenBy('src/preload/index.ts', code)).toEqual(['layers/preload-boundary']);
  });

  it('the preload may import electron and shared', async () => {
    const code = "export { contextBridge } from 'electron';\nexport { channels } from '../shared/channels';";
    expect(await rulesBrokenBy('src/preload/index.ts', code)).toEqual([]);
  });
});

describe('the emulator imports nothing from the app (layers/emulator-boundary)', () => {
  it.each([
    ['main', "export { compose } from '../../main/compose.js';"],
    ['the renderer', "export { getApi } from '../../renderer/src/api.js';"],
    ['shared', "export { clouds } from '../../shared/clouds.js';"],
    ['the preload', "import '../../preload/index.js';"],
  ])('the emulator cannot import %s', async (_layer, code) => {
    expect(await rulesBrokenBy('src/emulator/graph/users.ts', code)).toEqual(['layers/emulator-boundary']);
  });

  it('the emulator may import its own modules and packages', async () => {
    const code = "export { SignJWT } from 'jose';\nexport { startEmulator } from '../index.js';\nexport * from './routes.js';";
    expect(await rulesBrokenBy('src/emulator/graph/users.ts', code)).toEqual([]);
  });
});

describe('shared is pure TypeScript that no process owns', () => {
  it.each([
    ['main', "export { compose } from '../../main/compose';"],
    ['the renderer', "export { getApi } from '../../renderer/src/api';"],
    ['the emulator', "export { startEmulator } from '../../emulator/index.js';"],
    ['the preload', "import '../../preload/index';"],
  ])('shared cannot import %s (layers/shared-boundary)', async (_layer, code) => {
    expect(await rulesBrokenBy('src/shared/people/people-schemas.ts', code)).toEqual(['layers/shared-boundary']);
  });

  it.each([
    ['a Node built-in', "export { readFileSync } from 'node:fs';"],
    ['a Node built-in without the node: prefix', "export { join } from 'path';"],
    ['electron', "export { ipcMain } from 'electron';"],
    ['a DOM-only module', "export { createPortal } from 'react-dom';"],
  ])('shared cannot import %s (no-restricted-imports)', async (_what, code) => {
    expect(await rulesBrokenBy('src/shared/people/people-schemas.ts', code)).toEqual(['no-restricted-imports']);
  });

  it.each(['window', 'document', 'navigator', 'process', 'Buffer'])('shared cannot use the global %s (no-restricted-globals)', async (name) => {
    expect(await rulesBrokenBy('src/shared/people/people-schemas.ts', `export const reach = (): unknown => ${name};`)).toEqual([
      'no-restricted-globals',
    ]);
  });

  it('shared may import zod, its root files and its own slices', async () => {
    const code = "export { z } from 'zod';\nexport type { Result } from '../result';\nexport { userIdSchema } from './people-ids';";
    expect(await rulesBrokenBy('src/shared/people/people-schemas.ts', code)).toEqual([]);
  });
});

describe('electron is imported only by main/index.ts, main/platform/ and the preload (no-restricted-imports)', () => {
  it.each([
    'src/main/compose.ts',
    'src/main/issuing/issuing-handlers.ts',
    'src/main/graph/graph-client.ts',
    'src/renderer/src/features/people/people-panel.tsx',
  ])('%s cannot import electron', async (file) => {
    expect(await rulesBrokenBy(file, "export { clipboard } from 'electron';")).toEqual(['no-restricted-imports']);
  });

  it.each(['src/main/index.ts', 'src/main/platform/clipboard-port.ts', 'src/preload/index.ts'])('%s may import electron', async (file) => {
    expect(await rulesBrokenBy(file, "export { clipboard } from 'electron';")).toEqual([]);
  });
});
