import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../src/shared';
import { resetBulk } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { cohortId, installFakeApi, rowResult } from '../fake-api';
import { ada, allIssued, brian, carla, dmitri, showResults } from './handover-fixtures';

afterEach(() => resetBulk());

const openSheet = async (rows = allIssued()) => {
  const api = installFakeApi();
  const user = userEvent.setup();
  showResults(rows);
  await user.click(screen.getByRole('tab', { name: 'Sheet' }));
  return { api, user };
};

describe('the sheet', () => {
  it('prints a slip per person still waiting and says how many pages went out', async () => {
    const { api, user } = await openSheet([rowResult(ada.line), rowResult(brian.line, { held: false, handedOver: true }), rowResult(carla.line), rowResult(dmitri.line)]);
    api.printCohortSheet.mockResolvedValue(ok({ done: true, savedTo: null, pages: 3 }));
    expect(screen.getByText('The sheet has 3 pages: one slip per person still waiting, each in that person’s language.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Print the sheet' }));
    expect(api.printCohortSheet).toHaveBeenCalledWith({ cohortId, output: 'print' });
    expect(await screen.findByText('3 pages went to the printer.')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('3 pages went to the printer.');
  });

  it('warns that a PDF lets anyone sign in as the people in it, with not saving as the focused answer', async () => {
    const { api, user } = await openSheet();
    api.printCohortSheet.mockResolvedValue(ok({ done: true, savedTo: '/home/tech/Cohort.pdf', pages: 4 }));
    await user.click(screen.getByRole('button', { name: 'Save the sheet as PDF…' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Save the passes in a file?' });
    expect(
      within(dialog).getByText('The file will hold the passes of 4 people. Anyone who opens it can sign in as them until the passes expire.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Keep it only as long as needed, then delete it.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Don’t save' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.printCohortSheet).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save the sheet as PDF…' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Save the passes in a file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save as PDF' }));
    expect(api.printCohortSheet).toHaveBeenCalledWith({ cohortId, output: 'pdf' });
    expect(await screen.findByText('4 pages saved to /home/tech/Cohort.pdf.')).toBeTruthy();
  });

  it('says when nothing went out, and offers no sheet once no pass is held', async () => {
    const { api, user } = await openSheet([rowResult(ada.line)]);
    api.printCohortSheet.mockResolvedValue(ok({ done: false, savedTo: null, pages: 0 }));
    expect(screen.getByText('The sheet has one page, with the slip of the person still waiting, in their language.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Print the sheet' }));
    expect(await screen.findByText('Nothing was printed or saved.')).toBeTruthy();
  });

  it('is not offered when the batch holds no pass', async () => {
    await openSheet([rowResult(ada.line, { held: false, handedOver: true })]);
    expect(screen.getByText('TAP Desk holds no passes for this batch any more, so there is no sheet to make.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the sheet' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Save the sheet as PDF…' }).getAttribute('aria-disabled')).toBe('true');
  });
});
