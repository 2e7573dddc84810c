import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../src/renderer/src/features/people/search-panel';
import { useSelectionStore } from '../../../src/renderer/src/features/issuing/selection-store';
import { installFakeApi, person } from '../fake-api';
import { renderInTheme } from '../render';

const megan = person('megan', 'Megan Bowen');
const alex = person('alex', 'Alex Wilber');

const box = () => screen.getByRole('combobox', { name: 'Find a person' }) as HTMLInputElement;

const renderWithRecent = (recent = [megan, alex]) => {
  const api = installFakeApi();
  const onRecentOpen = vi.fn();
  renderInTheme(<SearchPanel recent={recent} onRecentOpen={onRecentOpen} />);
  return { api, onRecentOpen, user: userEvent.setup() };
};

describe('search: recent today', () => {
  it('lists today’s people on Down arrow in the empty box, newest first, and selects with Enter', async () => {
    const { api, onRecentOpen, user } = renderWithRecent();
    expect(screen.getByText(/Down arrow in the empty box lists today’s people\./)).toBeTruthy();
    expect(screen.queryByRole('listbox', { name: 'Recent today' })).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(onRecentOpen).toHaveBeenCalledOnce();
    const options = within(screen.getByRole('listbox', { name: 'Recent today' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([expect.stringContaining('Megan Bowen'), expect.stringContaining('Alex Wilber')]);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    await user.keyboard('{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Enter}');
    expect(useSelectionStore.getState().user?.id).toBe('alex');
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: 'alex' });
    expect(screen.queryByRole('listbox', { name: 'Recent today' })).toBeNull();
    expect(api.searchUsers).not.toHaveBeenCalled();
  });

  it('gives way to typing and closes with Escape', async () => {
    const { user } = renderWithRecent();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Recent today' })).toBeNull();
    await user.keyboard('{ArrowDown}');
    await user.type(box(), 'a');
    expect(screen.queryByRole('listbox', { name: 'Recent today' })).toBeNull();
    expect(box().value).toBe('a');
  });

  it('says when nobody is in today’s journal yet', async () => {
    const { user } = renderWithRecent([]);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('No one in today’s journal yet.')).toBeTruthy();
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
  });
});
