import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultTenantSettings, ok, type TenantSettings } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { renderApp } from '../render';

const openSettings = async (settings: TenantSettings = defaultTenantSettings()) => {
  const api = installFakeApi(signedIn);
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
  renderApp();
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Tenant settings' })));
  await screen.findByRole('button', { name: 'Reset to defaults' });
  return api;
};

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save' });
const previewFrame = (language: string) => screen.getByTitle(`Preview of the ${language} message`) as HTMLIFrameElement;

describe('notification settings and templates', () => {
  it('edits the German template with a live preview and saves it with notifications on', async () => {
    const api = await openSettings();
    fireEvent.click(screen.getByRole('switch', { name: 'Offer the notice after issuing a pass' }));
    fireEvent.click(screen.getByRole('tab', { name: /German \(de\)/ }));
    fireEvent.change(textbox('Subject'), { target: { value: 'Hinweis für {{displayName}}' } });
    fireEvent.change(textbox('Service desk name'), { target: { value: 'Contoso IT' } });
    expect(within(screen.getByRole('figure', { name: 'Preview of the German message' })).getByText(/Hinweis für Alex Example/)).toBeTruthy();
    expect(previewFrame('German').getAttribute('srcdoc')).toContain('<strong>Contoso IT</strong>');
    expect(previewFrame('German').getAttribute('srcdoc')).toContain('Hallo Alex Example,');
    await act(async () => fireEvent.click(saveButton()));
    const saved = api.saveTenantSettings.mock.calls[0]![0].settings;
    expect(saved.notifications.enabled).toBe(true);
    expect(saved.notifications.templates.de!.subject).toBe('Hinweis für {{displayName}}');
    expect(saved.notifications.templates.en).toEqual(defaultTenantSettings().notifications.templates.en);
  });

  it('reports unknown placeholders and syntax errors in the editor and refuses to save', async () => {
    const api = await openSettings();
    fireEvent.change(textbox('Subject'), { target: { value: 'Notice for {{firstName}}' } });
    expect(screen.getByText('Unknown placeholder {{firstName}} (line 1, column 12)')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /English \(en\).*has problems/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Message (HTML)' }), { target: { value: '<p>{{#oneTime}}once</p>' } });
    expect(screen.getByText(/^Unclosed section "oneTime"/)).toBeTruthy();
    expect(screen.getByText('The preview appears once the template reads without errors.')).toBeTruthy();
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(saveButton());
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
  });

  it('adds a language as a copy of the tab in view and keeps its tag unique', async () => {
    await openSettings();
    fireEvent.change(textbox('Add a language'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByRole('tab', { name: /French \(fr\)/, selected: true })).toBeTruthy();
    expect(textbox('Subject').value).toBe(defaultTenantSettings().notifications.templates.en!.subject);
    fireEvent.change(textbox('Language tag'), { target: { value: 'de' } });
    expect(screen.getByText('There is already a de template')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove de' }));
    expect(screen.getAllByRole('tab')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: /^English \(en\)/, selected: true })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^German \(de\)/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /French/ })).toBeNull();
  });

  it('allows {{pass}} only after the acknowledgement', async () => {
    const api = await openSettings();
    fireEvent.change(screen.getByRole('textbox', { name: 'Message (HTML)' }), { target: { value: '<p>{{pass}}</p>' } });
    expect(screen.getByText('{{pass}} is off for this tenant: the pass is a bearer credential (line 1, column 4)')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Allow the pass itself in mails ({{pass}})' }));
    expect(screen.getByText('The pass is a bearer credential')).toBeTruthy();
    expect(screen.queryByText(/\{\{pass\}\} is off for this tenant/)).toBeNull();
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: /I understand that anyone with access/ }));
    expect(previewFrame('English').getAttribute('srcdoc')).toContain('<p>Sample+Pass2</p>');
    await act(async () => fireEvent.click(saveButton()));
    expect(api.saveTenantSettings.mock.calls[0]![0].settings.notifications.passInMail).toEqual({ enabled: true, acknowledged: true });
  });
});
