import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { appError, err, ok, type Result, type UserSummary } from '../../../src/shared';
import { SearchPanel } from '../../../src/renderer/src/features/people/search-panel';
import { SEARCH_DEBOUNCE_MS } from '../../../src/renderer/src/features/people/search-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { useSelectionStore } from '../../../src/renderer/src/features/issuing/selection-store';
import { adele, deferred, installFakeApi, person } from '../fake-api';
import { findShown, renderInTheme, typeInto } from '../render';

const alex = person('alex', 'Alex Wilber');
const allan = person('allan', 'Allan Deyoung', { accountEnabled: false });
const guest = person('gina', 'Gina Guest', { userType: 'Guest' });

type SearchResult = Result<{ users: UserSummary[] }>;

const box = () => screen.getByRole('combobox', { name: 'Find a person' }) as HTMLInputElement;
const options = () => within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');

describe('search', () => {
  it('is focused on arrival', () => {
    installFakeApi();
    renderInTheme(<SearchPanel />);
    expect(document.activeElement).toBe(box());
  });

  it('waits for a pause in typing before it searches', async () => {
    const api = installFakeApi();
    vi.useFakeTimers();
    renderInTheme(<SearchPanel />);
    typeInto(box(), 'ade');
    expect(api.searchUsers).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(api.searchUsers).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1));
    expect(api.searchUsers).toHaveBeenCalledOnce();
    expect(api.searchUsers).toHaveBeenCalledWith({ query: 'ade' });
  });

  it('shows only the answer to the newest query when an older one arrives late', async () => {
    const api = installFakeApi();
    const first = deferred<SearchResult>();
    const second = deferred<SearchResult>();
    api.searchUsers.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    vi.useFakeTimers();
    renderInTheme(<SearchPanel />);

    typeInto(box(), 'al');
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    typeInto(box(), 'ex');
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(api.searchUsers.mock.calls.map(([input]) => input.query)).toEqual(['al', 'alex']);

    await act(async () => second.resolve(ok({ users: [alex] })));
    await act(async () => first.resolve(ok({ users: [allan, alex] })));
    expect(options().map((option) => option.textContent)).toEqual([expect.stringContaining('Alex Wilber')]);
  });

  it('lists people as options with their details and badges, the first one active', async () => {
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [adele, allan, guest] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'a');
    await screen.findByRole('listbox', { name: 'Search results' });
    const [first, second, third] = options();
    expect(first!.textContent).toContain('adele@contoso.com');
    expect(first!.textContent).toContain('Retail Manager · Sales');
    expect(second!.textContent).toContain('Disabled');
    expect(third!.textContent).toContain('Guest');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(first!.id);
    expect(first!.getAttribute('aria-selected')).toBe('true');
    expect(useAnnouncerStore.getState().message).toBe('3 people found for a.');
  });

  it('moves with the arrow keys and selects with Enter', async () => {
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [adele, alex, allan] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'a');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await user.keyboard('{Enter}');
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: 'alex' });
    expect(useSelectionStore.getState().user?.id).toBe('alex');
  });

  it('selects the first result when Enter comes before the answer', async () => {
    const api = installFakeApi();
    const answer = deferred<SearchResult>();
    api.searchUsers.mockReturnValue(answer.promise);
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'adele{Enter}');
    expect(api.searchUsers).toHaveBeenCalledOnce();
    expect(api.prepareTap).not.toHaveBeenCalled();
    await act(async () => answer.resolve(ok({ users: [adele, alex] })));
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: 'adele' });
  });

  it('selects a person with the mouse', async () => {
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [adele, alex] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'a');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.click(options()[1]!);
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: 'alex' });
    expect(document.activeElement).toBe(box());
  });

  it('says when no one matches', async () => {
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'zz');
    expect(await findShown('No one found for “zz”.')).toBeTruthy();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(api.prepareTap).not.toHaveBeenCalled();
  });

  it('explains a failed search and tries again', async () => {
    const api = installFakeApi();
    api.searchUsers.mockResolvedValueOnce(err(appError('network', 'Offline.')));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'adele');
    expect(await findShown("TAP Desk can't reach Microsoft.")).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(api.searchUsers).toHaveBeenLastCalledWith({ query: 'adele' });
    expect(await screen.findByRole('listbox', { name: 'Search results' })).toBeTruthy();
  });

  it('clears with Escape', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'adele');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.keyboard('{Escape}');
    expect(box().value).toBe('');
    expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull();
    expect(api.searchUsers).toHaveBeenCalledOnce();
  });
});
