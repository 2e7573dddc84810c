import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeApp } from '../../../../src/main/compose';
import type { ManagedStart } from '../../../../src/main/managed';
import type { ManagedConfig } from '../../../../src/shared';
import { memoryDeps } from '../../../support/memory-deps';
import { routerCalls } from '../../../support/router-calls';

export const contoso = { id: 'contoso', label: 'Contoso', cloud: 'global' as const, tenant: 'contoso.onmicrosoft.com', clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' };
export const fabrikam = { label: 'Fabrikam', cloud: 'global' as const, tenant: 'fabrikam.onmicrosoft.com', clientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };

/** Main as the app composes it, with an organisation's configuration read at start; no sign-in is needed for profiles and settings. */
export const managedDesk = (managed: Partial<ManagedStart> & { config: ManagedConfig | null }) => {
  const { deps, platform, store } = memoryDeps({
    dir: mkdtempSync(join(tmpdir(), 'tapdesk-managed-desk-')),
    managed: { file: '/etc/tap-desk/managed.json', problem: null, demoRefused: false, ...managed },
  });
  const { router } = composeApp(deps);
  return { ...routerCalls(router), store, platform };
};
