import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { formOf } from '../../../../src/renderer/src/features/settings/settings-form';
import { previewOf } from '../../../../src/renderer/src/features/settings/template-preview';

const form = formOf(defaultTenantSettings());
const template = (subject: string, html = '<p>{{displayName}}</p>') => ({ id: 1, language: 'en', subject, html });
const context = { person: null, technicianName: 'Tess Technician', tenantLabel: 'Contoso', now: new Date(2030, 4, 1, 9, 30) };

describe('the template preview', () => {
  it('is addressed to a sample person until someone is picked', () => {
    expect(previewOf(template('For {{displayName}}'), form, context)?.subject).toBe('For Alex Example');
    const adele = { displayName: 'Adele Vance', userPrincipalName: 'adele@contoso.com' };
    expect(previewOf(template('For {{displayName}} ({{userPrincipalName}})'), form, { ...context, person: adele })?.subject).toBe('For Adele Vance (adele@contoso.com)');
  });

  it("uses the form's unsaved service desk and tenant name", () => {
    const edited = { ...form, serviceDeskName: 'Contoso IT', displayName: '' };
    expect(previewOf(template('{{serviceDesk.name}} at {{tenantName}}'), edited, context)?.subject).toBe('Contoso IT at Contoso');
    expect(previewOf(template('{{tenantName}}'), { ...edited, displayName: 'Contoso Ltd' }, context)?.subject).toBe('Contoso Ltd');
  });

  it('shows a sample pass only when passes may go into mails', () => {
    const withPass = template('{{pass}}');
    expect(previewOf(withPass, form, context)?.subject).toBe('');
    expect(previewOf(withPass, { ...form, passInMail: true }, context)?.subject).toBe('Sample+Pass2');
  });

  it('has nothing to show while the template does not parse', () => {
    expect(previewOf(template('{{#broken}}'), form, context)).toBeNull();
  });
});
