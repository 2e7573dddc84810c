import { describe, expect, it } from 'vitest';
import { rulesBrokenBy } from './lint-harness';

const internals = ['layers/feature-public-entry'];

describe("a feature cannot import another feature's internals (layers/feature-public-entry)", () => {
  it("a shared feature cannot import another shared feature's internals", async () => {
    expect(await rulesBrokenBy('src/shared/issuing/tap-policy.ts', "export { notificationSchema } from '../notify/notification';")).toEqual(
      internals,
    );
  });

  it.each(["'../notify'", "'../notify/'", "'../notify/index'", "'../notify/index.ts'", "'../notify/index.js'"])(
    "a shared feature may import another through its public entry, written %s",
    async (specifier) => {
      expect(await rulesBrokenBy('src/shared/issuing/tap-policy.ts', `export { notificationSchema } from ${specifier};`)).toEqual([]);
    },
  );

  it("a shared slice's channels.ts is a public entry too, for the preload's schema-free names; other files are not", async () => {
    expect(await rulesBrokenBy('src/shared/channels.ts', "export { notifyChannels } from './notify/channels';")).toEqual([]);
    expect(await rulesBrokenBy('src/preload/index.ts', "export { notifyChannels } from '../shared/notify/channels';")).toEqual([]);
    expect(await rulesBrokenBy('src/shared/channels.ts', "export { notifyContract } from './notify/notify-contract';")).toEqual(internals);
    expect(await rulesBrokenBy('src/renderer/src/app/app.tsx', "export { x } from '../features/people/channels';")).toEqual(internals);
  });

  it('a feature may import any file of its own, however deep', async () => {
    const code = "export { clipboardGuard } from '../clipboard-guard';\nexport { slipText } from '../../handoff/slip/slip-text';";
    expect(await rulesBrokenBy('src/main/handoff/slip/slip-service.ts', code)).toEqual([]);
  });

  it("a main feature cannot import another main feature's internals", async () => {
    expect(await rulesBrokenBy('src/main/issuing/tap-service.ts', "export { PeopleService } from '../people/people-service';")).toEqual(internals);
  });

  it("a main feature may import another main feature's index and main's infrastructure, which are not features", async () => {
    const code = [
      "export { PeopleService } from '../people';",
      "export { GraphClient } from '../graph/graph-client';",
      "export { callLimits } from '../net/call-limits';",
      "export { router } from '../ipc/router';",
      "export type { ClipboardPort } from '../platform/ports';",
    ].join('\n');
    expect(await rulesBrokenBy('src/main/issuing/tap-service.ts', code)).toEqual([]);
  });

  it("a renderer feature cannot import another renderer feature's internals", async () => {
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', "export { IssueForm } from '../issuing/issue-form';")).toEqual(
      internals,
    );
  });

  it("a renderer feature may import another feature's index and the shared ui", async () => {
    const code = "export { IssueForm } from '../issuing';\nexport { Panel } from '../../ui/panel';";
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', code)).toEqual([]);
  });

  it('a feature added later is a feature too: none is listed by name', async () => {
    expect(await rulesBrokenBy('src/shared/journal/journal-entry.ts', "export { bulkRowSchema } from '../bulk/bulk-rows';")).toEqual(internals);
    expect(await rulesBrokenBy('src/shared/journal/journal-entry.ts', "export { bulkRowSchema } from '../bulk';")).toEqual([]);
  });

  it('code of another process reaches a shared slice only through its public entry', async () => {
    const deep = "export { personSchema } from '../../../../shared/people/people-schemas';";
    const entry = "export { personSchema } from '../../../../shared/people';\nexport { channels } from '../../../../shared';";
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-store.ts', deep)).toEqual(internals);
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-store.ts', entry)).toEqual([]);
  });
});

describe('code outside every feature imports a feature only through its public entry (layers/feature-public-entry)', () => {
  it.each([
    ['src/shared/contract.ts', "export * from './issuing/issuing-contract';", "export * from './issuing';"],
    ['src/shared/channels.ts', "export { issuingEvents } from './issuing/issuing-events';", "export { issuingChannels } from './issuing/channels';"],
    ['src/main/compose.ts', "export { TapService } from './issuing/tap-service';", "export { TapService } from './issuing';"],
    ['src/main/ipc/router.ts', "export { issuingHandlers } from '../issuing/issuing-handlers';", "export { issuingHandlers } from '../issuing';"],
    ['src/main/platform/slip-printer.ts', "export { SlipService } from '../handoff/slip/slip-service';", "export { SlipService } from '../handoff';"],
    [
      'src/renderer/src/app/app-shell.tsx',
      "export { SignInScreen } from '../features/accounts/sign-in-screen';",
      "export { SignInScreen } from '../features/accounts';",
    ],
  ])('%s imports a feature only through its index', async (file, deep, entry) => {
    expect(await rulesBrokenBy(file, deep)).toEqual(internals);
    expect(await rulesBrokenBy(file, entry)).toEqual([]);
  });
});
