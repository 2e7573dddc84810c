import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { appError, err, ok, type CohortCheck, type Result } from '../../../src/shared';
import { BulkScreen } from '../../../src/renderer/src/features/bulk/bulk-screen';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { cohortCheck, cohortId, cohortRun, deferred, installFakeApi, rowResult } from '../fake-api';
import { renderInTheme } from '../render';
import { ada, brian } from './handover-fixtures';

afterEach(() => resetBulk());

const pasted = 'UserPrincipalName\nada.lovelace@contoso.com\nbrian.kernighan@contoso.com';
const currentStep = () => screen.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent;

/** Rows pasted from a spreadsheet, read and sent to the check. */
const pasteAndCheck = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(await screen.findByRole('tab', { name: 'Paste' }));
  await user.click(screen.getByRole('textbox', { name: 'Rows copied from Excel or Google Sheets' }));
  await user.paste(pasted);
  await user.click(screen.getByRole('button', { name: 'Read the rows' }));
  await user.click(await screen.findByRole('button', { name: 'Check 2 people' }));
};

describe('the bulk screen', () => {
  it('goes from the list through the check and the review to the run’s results', async () => {
    const api = installFakeApi();
    const checked = deferred<Result<CohortCheck>>();
    api.checkCohort.mockReturnValue(checked.promise);
    api.issueCohort.mockResolvedValue(ok(cohortRun([rowResult(ada.line), rowResult(brian.line)])));
    const user = userEvent.setup();
    renderInTheme(<BulkScreen />);
    expect(screen.getByRole('heading', { name: 'Cohort onboarding' })).toBeTruthy();
    expect(currentStep()).toBe('Choose people');

    await pasteAndCheck(user);
    expect(api.checkCohort).toHaveBeenCalledWith({
      rows: [
        { line: 2, key: 'ada.lovelace@contoso.com', keyKind: 'userPrincipalName' },
        { line: 3, key: 'brian.kernighan@contoso.com', keyKind: 'userPrincipalName' },
      ],
    });
    expect(currentStep()).toBe('Check');
    expect(screen.getByText('List pasted from a spreadsheet')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Checking the people' })).toBeTruthy();

    await act(async () => checked.resolve(ok(cohortCheck([ada, brian]))));
    expect(currentStep()).toBe('Review');
    await user.click(await screen.findByRole('button', { name: 'Issue 2 passes' }));
    expect(api.issueCohort).toHaveBeenCalledWith({
      cohortId,
      rows: [expect.objectContaining({ line: ada.line, action: 'issue' }), expect.objectContaining({ line: brian.line, action: 'issue' })],
    });
    expect(await screen.findByText('Done: 2 issued · 0 refused · 0 failed · 0 skipped.')).toBeTruthy();
    expect(currentStep()).toBe('Hand over');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Results' })));
    expect(api.closeCohort).not.toHaveBeenCalled();
  });

  it('shows why a check failed on the list, which is still there to check again', async () => {
    const api = installFakeApi();
    api.checkCohort.mockResolvedValue(err(appError('throttled', 'Too many requests.', { retryAfterSeconds: 30 })));
    const user = userEvent.setup();
    renderInTheme(<BulkScreen />);
    await pasteAndCheck(user);
    expect(await screen.findByText('Microsoft Graph is busy and asked TAP Desk to slow down.')).toBeTruthy();
    expect(currentStep()).toBe('Choose people');
    expect(screen.getByRole('button', { name: 'Check 2 people' })).toBeTruthy();
    expect(useBulkStore.getState()).toMatchObject({ cohortId: null, check: null });
  });

  it('goes back from the review to the list, and main forgets the checked cohort', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderInTheme(<BulkScreen />);
    await pasteAndCheck(user);
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(api.closeCohort).toHaveBeenCalledWith({ cohortId });
    expect(currentStep()).toBe('Choose people');
    expect(await screen.findByRole('button', { name: 'Check 2 people' })).toBeTruthy();
  });

  it('keeps the review when issuing fails as a whole, with the reason', async () => {
    const api = installFakeApi();
    api.issueCohort.mockResolvedValue(err(appError('cancelled', 'Stopped.')));
    const user = userEvent.setup();
    renderInTheme(<BulkScreen />);
    await pasteAndCheck(user);
    await user.click(await screen.findByRole('button', { name: 'Issue 2 passes' }));
    expect(await screen.findByText('You stopped waiting for Microsoft Graph.')).toBeTruthy();
    expect(currentStep()).toBe('Review');
    expect(within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem')).toHaveLength(5);
  });
});
