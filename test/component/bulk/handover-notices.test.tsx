import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, type CohortNoticePreview } from '../../../src/shared';
import { resetBulk } from '../../../src/renderer/src/features/bulk/bulk-store';
import { cohortId, installFakeApi, rowResult } from '../fake-api';
import { ada, allIssued, brian, carla, dmitri, showResults } from './handover-fixtures';

afterEach(() => {
  resetBulk();
});

const preview: CohortNoticePreview = {
  sample: {
    line: ada.line,
    subject: 'A pass for Ada Lovelace',
    html: '<p>Ada starts on Monday.</p>',
    language: 'fr',
    from: { address: 'helpdesk@contoso.com', sharedMailbox: true },
  },
  rows: [
    { line: ada.line, language: 'fr', to: [{ name: 'Grace Hopper', address: 'grace@contoso.com' }], block: null },
    { line: brian.line, language: 'en', to: [], block: 'no_manager' },
    { line: carla.line, language: 'de', to: [], block: 'no_template' },
    { line: dmitri.line, language: 'en', to: [{ name: 'Marie Curie', address: 'marie@contoso.com' }], block: null },
  ],
};

const itemOf = (name: string) => within(screen.getByRole('list', { name: 'Who gets a notice' })).getByText(name).closest('li') as HTMLElement;

describe('the notices of a batch', () => {
  it('previews the sample in a sandboxed frame and says per row who gets it or why not', async () => {
    const api = installFakeApi();
    api.previewCohortNotices.mockResolvedValue(ok(preview));
    const user = userEvent.setup();
    showResults(allIssued());
    await user.click(screen.getByRole('tab', { name: 'Notices' }));
    expect(screen.getByRole('radio', { name: 'The person’s manager' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('button', { name: /Send/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(api.previewCohortNotices).toHaveBeenCalledWith({ cohortId, recipient: 'manager' });
    const frame = (await screen.findByTitle('Preview of the notice about Ada Lovelace')) as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Ada starts on Monday.</p>');
    expect(screen.getByText('A pass for Ada Lovelace')).toBeTruthy();
    expect(screen.getByText('From: helpdesk@contoso.com (shared mailbox)')).toBeTruthy();
    expect(screen.getByText('Each notice is in the person’s language; this one is in French.')).toBeTruthy();

    expect(within(itemOf('Ada Lovelace')).getByText('To: Grace Hopper <grace@contoso.com>')).toBeTruthy();
    expect(within(itemOf('Brian Kernighan')).getByText('No notice: no manager is set for this person.')).toBeTruthy();
    expect(within(itemOf('Carla Bruni')).getByText('No notice: the tenant has no notice template for German.')).toBeTruthy();

    api.sendCohortNotices.mockResolvedValue(
      ok([
        { line: ada.line, outcome: 'sent', block: null, error: null, acceptedAt: '2030-05-01T09:30:00Z' },
        { line: dmitri.line, outcome: 'failed', block: null, error: { code: 'mailbox_unavailable', requestId: 'req-9' }, acceptedAt: null },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Send 2 notices' }));
    expect(api.sendCohortNotices).toHaveBeenCalledWith({ cohortId, recipient: 'manager', lines: [ada.line, dmitri.line] });
    const summary = await screen.findByText('1 notice sent, 1 not sent.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(itemOf('Ada Lovelace')).getByText('Sent')).toBeTruthy();
    expect(within(itemOf('Dmitri Mendeleev')).getByText('Failed')).toBeTruthy();
    expect(within(itemOf('Dmitri Mendeleev')).getByText('The mailbox to send from cannot send through Microsoft Graph.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Send/ })).toBeNull();
  });

  it('previews again for the person instead of the manager, and sends nothing nobody can get', async () => {
    const api = installFakeApi();
    api.previewCohortNotices.mockResolvedValue(ok({ sample: null, rows: [{ line: ada.line, language: 'en', to: [], block: 'no_mailbox' }] }));
    const user = userEvent.setup();
    showResults([rowResult(ada.line)]);
    await user.click(screen.getByRole('tab', { name: 'Notices' }));
    await user.click(screen.getByRole('radio', { name: 'The person, without the pass' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(api.previewCohortNotices).toHaveBeenCalledWith({ cohortId, recipient: 'person' });
    expect(await screen.findByText('No notice can go to anyone in this batch, so there is nothing to preview.')).toBeTruthy();
    expect(screen.getByText('No notice: there is no mailbox to send it to.')).toBeTruthy();
    const send = screen.getByRole('button', { name: 'No notice can be sent' });
    expect(send.getAttribute('aria-disabled')).toBe('true');
    await user.click(send);
    expect(api.sendCohortNotices).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: 'The person’s manager' }));
    expect(screen.queryByText('No notice: there is no mailbox to send it to.')).toBeNull();
  });
});
