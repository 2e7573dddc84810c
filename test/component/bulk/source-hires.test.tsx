import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../src/shared';
import { CohortSource, resetSource } from '../../../src/renderer/src/features/bulk/source';
import { nextSevenDays, parseDay, thisWeek } from '../../../src/renderer/src/features/bulk/source/hire-range';
import { formatDate } from '../../../src/renderer/src/format/date-time';
import { cohortPerson, installFakeApi, type FakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetSource);

const day = (field: string) => screen.getByLabelText(field) as HTMLInputElement;
const findButton = () => screen.getByRole('button', { name: 'Find people hired in this range' });

const renderHires = () => {
  const api = installFakeApi();
  const onRows = vi.fn();
  renderInTheme(<CohortSource busy={false} onRows={onRows} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Hire dates' }));
  return { api, onRows };
};

const hired = (api: FakeApi, more = false) =>
  api.findHires.mockResolvedValue(
    ok({
      people: [
        cohortPerson(1, 'Adele Vance', { employeeHireDate: '2030-05-06T00:00:00Z' }),
        cohortPerson(2, 'Alex Wilber', { employeeHireDate: '2030-05-07T00:00:00Z' }),
      ],
      more,
    }),
  );

describe('source: people by hire date', () => {
  it('starts from this week, Monday to Sunday, and offers the next seven days', () => {
    renderHires();
    const week = thisWeek(new Date());
    expect([day('Hired from').value, day('Hired until').value]).toEqual([week.from, week.to]);
    fireEvent.click(screen.getByRole('button', { name: 'Next 7 days' }));
    const next = nextSevenDays(new Date());
    expect([day('Hired from').value, day('Hired until').value]).toEqual([next.from, next.to]);
  });

  it('asks Entra for the range, shows who it found and how many, and sends them keyed by their id', async () => {
    const { api, onRows } = renderHires();
    hired(api);
    fireEvent.change(day('Hired from'), { target: { value: '2030-05-06' } });
    fireEvent.change(day('Hired until'), { target: { value: '2030-05-12' } });
    fireEvent.submit(day('Hired until'));
    const found = await screen.findByText(`2 people have a hire date from ${formatDate(parseDay('2030-05-06')!)} to ${formatDate(parseDay('2030-05-12')!)}.`);
    expect(found).toBeTruthy();
    expect(api.findHires).toHaveBeenCalledWith({ from: '2030-05-06', to: '2030-05-12' });
    const people = screen.getByRole('list', { name: 'People hired in this range' });
    expect(within(people).getAllByRole('listitem')).toHaveLength(2);
    expect(within(people).getByText('Adele Vance · adele.vance@contoso.com')).toBeTruthy();
    expect(within(people).getByText(`Hired ${formatDate('2030-05-06T00:00:00Z')}`)).toBeTruthy();
    expect(screen.queryByText(/^More people were hired/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Check 2 people' }));
    expect(onRows).toHaveBeenCalledWith(
      [
        { line: 1, key: 'user-1', keyKind: 'id' },
        { line: 2, key: 'user-2', keyKind: 'id' },
      ],
      { kind: 'hires', from: '2030-05-06', to: '2030-05-12' },
    );
  });

  it('says when the range holds more people than one batch', async () => {
    const { api } = renderHires();
    hired(api, true);
    fireEvent.click(findButton());
    expect(await screen.findByText('More people were hired in this range than one batch can hold: only the first 1,000 are listed. Choose a shorter range for the others.')).toBeTruthy();
  });

  it('refuses an end before the start without asking Entra', () => {
    const { api } = renderHires();
    fireEvent.change(day('Hired from'), { target: { value: '2030-05-12' } });
    fireEvent.change(day('Hired until'), { target: { value: '2030-05-06' } });
    expect(screen.getByText('The last day comes before the first.')).toBeTruthy();
    fireEvent.click(findButton());
    expect(api.findHires).not.toHaveBeenCalled();
  });

  it('words what went wrong when Entra could not be read', async () => {
    const { api } = renderHires();
    api.findHires.mockResolvedValue(err({ code: 'consent_required', message: 'User.Read.All missing' }));
    fireEvent.click(findButton());
    expect(await screen.findByText("TAP Desk hasn't been granted the permissions it needs in this tenant.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Check/ })).toBeNull();
  });
});
