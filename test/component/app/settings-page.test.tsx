import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../fake-api';
import { renderApp } from '../render';

const previewFrame = () => screen.getByTitle('Preview of the English message') as HTMLIFrameElement;

describe('tenant settings opened from the workspace', () => {
  it('addresses the template preview to a sample person while nobody is picked', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
    expect(await screen.findByRole('heading', { name: 'Preview with a sample person' })).toBeTruthy();
    expect(previewFrame().getAttribute('srcdoc')).toContain('Alex Example');
  });

  it('addresses the template preview to the person picked in the workspace', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Find a person' }), 'adele{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Create pass'));
    await user.click(screen.getByRole('button', { name: 'Tenant settings' }));
    expect(await screen.findByRole('heading', { name: 'Preview for Adele Vance' })).toBeTruthy();
    expect(previewFrame().getAttribute('srcdoc')).toContain('Adele Vance');
    expect(previewFrame().getAttribute('srcdoc')).not.toContain('Alex Example');
  });
});
