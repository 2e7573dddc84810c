import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetBulk } from '../../../src/renderer/src/features/bulk/bulk-store';
import { cohortCheck, installFakeApi, rowResult } from '../fake-api';
import { ada, brian, carla, dmitri, showResults } from './handover-fixtures';

afterEach(() => resetBulk());

/** The table row that names the person. */
const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('the results of a run', () => {
  it('words every outcome in plain language, with what to do', async () => {
    installFakeApi();
    showResults([
      rowResult(ada.line, { recovered: 'timeout', replacedPassId: 'pass-old' }),
      rowResult(brian.line, { outcome: 'skipped', pass: null, skippedBecause: 'chosen' }),
      rowResult(carla.line, {
        outcome: 'refused',
        pass: null,
        error: { code: 'user_not_in_policy_scope', reason: null, requestId: 'req-carla', passState: null },
      }),
      rowResult(dmitri.line, {
        outcome: 'failed',
        pass: null,
        error: { code: 'timeout', reason: null, requestId: null, passState: { outcome: 'pending', previousPass: 'none' } },
      }),
    ]);

    const issued = within(rowOf('Ada Lovelace'));
    expect(issued.getByText('Issued')).toBeTruthy();
    expect(issued.getByText('The first answer was lost, so this pass was issued in place of one nobody could read.')).toBeTruthy();
    expect(issued.getByText('It replaced the pass they had.')).toBeTruthy();
    expect(issued.getByText('Waiting to be handed over.')).toBeTruthy();
    expect(issued.getByText('ada.lovelace@contoso.com')).toBeTruthy();
    expect(issued.getByText('Line 2')).toBeTruthy();

    expect(within(rowOf('Brian Kernighan')).getByText('Skipped, as you chose.')).toBeTruthy();

    const refused = within(rowOf('Carla Bruni'));
    expect(refused.getByText('Refused')).toBeTruthy();
    expect(refused.getByText("The tenant's pass policy doesn't cover this person.")).toBeTruthy();
    expect(refused.getByText(/add them, or one of their groups, to the Temporary Access Pass policy/)).toBeTruthy();
    expect(refused.getByText('Request ID: req-carla')).toBeTruthy();
    expect(refused.queryByRole('button', { name: /Open card/ })).toBeNull();

    const failed = within(rowOf('Dmitri Mendeleev'));
    expect(failed.getByText('Failed')).toBeTruthy();
    expect(failed.getByText("Microsoft Graph didn't answer in time.")).toBeTruthy();
    expect(failed.getByText('TAP Desk checked: nothing has changed so far, but the request may still arrive late.')).toBeTruthy();
    expect(failed.getByText('Open the person’s card to see whether a pass arrived.')).toBeTruthy();
    expect(failed.queryByText('Look the person up again before you issue or revoke anything.')).toBeNull();

    expect(screen.getByText('Done: 1 issued · 1 refused · 1 failed · 1 skipped.')).toBeTruthy();
  });

  it('says a row the check left no choice for was not issued, and why, rather than that the technician chose it', () => {
    installFakeApi();
    const guest = { ...brian, finding: 'guest' as const };
    showResults(
      [rowResult(ada.line), rowResult(brian.line, { outcome: 'skipped', pass: null, skippedBecause: 'finding' })],
      {},
      cohortCheck([ada, guest]),
    );
    const skipped = within(rowOf('Brian Kernighan'));
    expect(skipped.getByText('Not issued: the check found a reason this person cannot get a pass in a batch.')).toBeTruthy();
    expect(skipped.getByText('External guest')).toBeTruthy();
    expect(skipped.getByText('A guest cannot hold a pass: they sign in with their own organisation.')).toBeTruthy();
    expect(skipped.queryByText('Skipped, as you chose.')).toBeNull();
  });

  it('opens the card of a person whose outcome only the card can tell', async () => {
    installFakeApi();
    const { onOpenCard } = showResults([
      rowResult(ada.line, { outcome: 'failed', pass: null, error: { code: 'network', reason: null, requestId: null, passState: { outcome: 'unknown', previousPass: 'unknown' } } }),
    ]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open card for Ada Lovelace' }));
    expect(onOpenCard).toHaveBeenCalledWith(ada.person);
  });

  it('words a pass the service already held and one nobody can read for a batch, not for the single form', () => {
    installFakeApi();
    showResults([
      rowResult(ada.line, { outcome: 'refused', pass: null, error: { code: 'pass_exists', reason: null, requestId: null, passState: null } }),
      rowResult(brian.line, {
        outcome: 'failed',
        pass: null,
        error: { code: 'pass_unreadable', reason: null, requestId: null, passState: { outcome: 'unreadable', previousPass: 'gone' } },
      }),
      rowResult(carla.line, { held: false }),
      rowResult(dmitri.line, { held: false, handedOver: true }),
    ]);
    const exists = within(rowOf('Ada Lovelace'));
    expect(exists.getByText('This person already has a Temporary Access Pass.')).toBeTruthy();
    expect(exists.getByText(/open their card and replace it there, or choose Replace for them in a new batch/)).toBeTruthy();
    expect(exists.queryByText(/Tick "Replace the existing pass"/)).toBeNull();
    const unreadable = within(rowOf('Brian Kernighan'));
    expect(unreadable.getByText('TAP Desk checked: a pass exists that nobody can read.')).toBeTruthy();
    expect(unreadable.getByText('The pass the person had before is gone.')).toBeTruthy();
    expect(unreadable.getByText('Open their card and issue a new pass: it replaces the one nobody can read.')).toBeTruthy();
    expect(unreadable.getByRole('button', { name: 'Open card for Brian Kernighan' })).toBeTruthy();
    expect(within(rowOf('Carla Bruni')).getByText(/TAP Desk no longer holds this pass. It still works/)).toBeTruthy();
    expect(within(rowOf('Dmitri Mendeleev')).getByText('Handed over.')).toBeTruthy();
  });

  it('says at the top how far a cancelled run got, and lists the passes it issued', async () => {
    installFakeApi();
    showResults(
      [
        rowResult(ada.line),
        rowResult(brian.line, { outcome: 'refused', pass: null, error: { code: 'external_guest', reason: null, requestId: null, passState: null } }),
        rowResult(carla.line, { outcome: 'skipped', pass: null, skippedBecause: 'cancelled' }),
        rowResult(dmitri.line, { outcome: 'skipped', pass: null, skippedBecause: 'cancelled' }),
      ],
      { cancelled: true },
    );
    expect(screen.getByText('Cancelled after 2 of 4: 1 pass issued, 3 not.')).toBeTruthy();
    expect(within(rowOf('Carla Bruni')).getByText('Not issued: the run was cancelled before it reached this person.')).toBeTruthy();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Issued (1)');
    const table = screen.getByRole('table');
    expect(within(table).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(table).queryByText('Carla Bruni')).toBeNull();
    expect(within(table).getByText('1 person, in list order')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Skipped (2)');
    expect(within(screen.getByRole('table')).getAllByText('Skipped')).toHaveLength(2);
  });
});
