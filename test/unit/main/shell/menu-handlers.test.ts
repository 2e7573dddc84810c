import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../../../src/main/compose';
import { nodeRuntime } from '../../../../src/main/diagnostics';
import type { ApplicationMenu } from '../../../../src/main/platform/ports';
import type { MenuItemSpec } from '../../../../src/main/shell';
import { menuLabelKeySchema, type EventName, type MenuCommand, type MenuLabels } from '../../../../src/shared';
import { memoryDeps } from '../../../support/memory-deps';

const german: MenuLabels = {
  ...(Object.fromEntries(menuLabelKeySchema.options.map((key) => [key, key])) as MenuLabels),
  edit: '&Bearbeiten',
  findPerson: 'Person suchen',
  devTools: 'Entwicklertools',
};

/** Main as the app composes it, with the application menu and the app frame's events recorded. */
const desk = ({ packaged = false, withMenu = true } = {}) => {
  const shown: { template: readonly MenuItemSpec[]; onCommand: (command: MenuCommand) => void }[] = [];
  const sent: { event: EventName; payload: unknown }[] = [];
  const menu: ApplicationMenu = { show: (template, onCommand) => void shown.push({ template, onCommand }) };
  const { deps } = memoryDeps({
    dir: mkdtempSync(join(tmpdir(), 'tapdesk-menu-')),
    sendEvent: (event, payload) => void sent.push({ event, payload }),
    runtime: () => ({ ...nodeRuntime(), packaged }),
    ...(withMenu ? { menu } : {}),
  });
  const { router } = composeApp(deps);
  const send = (labels: unknown) => router.dispatch('shell:menu-labels', { url: 'app://tap-desk/index.html', isMainFrame: true }, labels);
  return { shown, sent, send };
};

const words = (template: readonly MenuItemSpec[]): string[] =>
  template.flatMap((item) => [...('label' in item && item.label !== undefined ? [item.label] : []), ...('role' in item && item.submenu ? words(item.submenu) : [])]);
const roles = (template: readonly MenuItemSpec[]): string[] =>
  template.flatMap((item) => ('role' in item ? [item.role, ...(item.submenu ? roles(item.submenu) : [])] : []));

describe('the application menu in main', () => {
  it('is set as main is composed, before the renderer has sent a word, in Electron’s words for its roles', () => {
    const { shown } = desk();
    expect(shown).toHaveLength(1);
    expect(words(shown[0]!.template)).toEqual([]);
    expect(roles(shown[0]!.template)).toContain('copy');
  });

  it('is rebuilt in the words the renderer sends', async () => {
    const { shown, send } = desk();
    expect(await send(german)).toEqual({ ok: true, value: true });
    expect(shown).toHaveLength(2);
    expect(words(shown[1]!.template)).toEqual(expect.arrayContaining(['&Bearbeiten', 'Person suchen', 'Entwicklertools']));
  });

  it('leaves developer tools out of a packaged app, whose runtime says so', async () => {
    const { shown, send } = desk({ packaged: true });
    await send(german);
    expect(roles(shown[1]!.template)).not.toContain('toggleDevTools');
    expect(words(shown[1]!.template)).not.toContain('Entwicklertools');
  });

  it.each([
    ['an unknown key', { ...german, help: 'Hilfe' }],
    ['a missing key', Object.fromEntries(Object.entries(german).filter(([key]) => key !== 'close'))],
    ['an empty label', { ...german, copy: '' }],
    ['a label of spaces', { ...german, copy: '   ' }],
    ['a label too long for a menu', { ...german, copy: 'K'.repeat(81) }],
    ['a control character', { ...german, copy: 'Kopieren\u0000' }],
    ['a line break', { ...german, copy: 'Kopieren\nEinfügen' }],
    ['a label that is not text', { ...german, copy: 42 }],
    ['no labels at all', undefined],
  ])('refuses %s and keeps the menu it has', async (_name, labels) => {
    const { shown, send } = desk();
    const result = await send(labels);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', reason: 'invalid_request' } });
    expect(shown).toHaveLength(1);
  });

  it('sends a command chosen in the menu to the app’s page as event:menu-command', async () => {
    const { shown, sent, send } = desk();
    await send(german);
    shown[1]!.onCommand('cohort');
    expect(sent).toEqual([{ event: 'event:menu-command', payload: { command: 'cohort' } }]);
  });

  it('accepts the words without a menu to show them in, and says so', async () => {
    const { send } = desk({ withMenu: false });
    expect(await send(german)).toEqual({ ok: true, value: false });
  });
});
