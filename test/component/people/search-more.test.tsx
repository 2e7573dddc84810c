import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, err, ok, type Result, type UserSummary } from '../../../src/shared';
import { SearchPanel } from '../../../src/renderer/src/features/people/search-panel';
import { useSelectionStore } from '../../../src/renderer/src/features/issuing/selection-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { deferred, installFakeApi, person } from '../fake-api';
import { findShown, queryShown, renderInTheme } from '../render';

type SearchAnswer = Result<{ users: UserSummary[]; total?: number; hasMore?: boolean; more?: string }>;

const tokenA = '3b1f0c52-7d4e-4a8b-9c6d-2e5f1a0b3c4d';
const tokenB = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

const samples = (from: number, count: number) => Array.from({ length: count }, (_, index) => person(`s${from + index}`, `Sam Sample ${from + index}`));
const page = (users: UserSummary[], total: number | undefined, more?: string): SearchAnswer =>
  ok({ users, ...(total === undefined ? {} : { total }), hasMore: more !== undefined, ...(more ? { more } : {}) });

const box = () => screen.getByRole('combobox', { name: 'Find a person' }) as HTMLInputElement;
const options = () => within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
const showMoreButton = () => screen.queryByRole('button', { name: 'Show more' });

const searchFor = async (answers: SearchAnswer[], query = 'sam') => {
  const api = installFakeApi();
  for (const answer of answers) api.searchUsers.mockResolvedValueOnce(answer);
  const user = userEvent.setup();
  renderInTheme(<SearchPanel />);
  await user.type(box(), query);
  await screen.findByRole('listbox', { name: 'Search results' });
  return { api, user };
};

describe('search results in pages (Graph @odata.nextLink, https://learn.microsoft.com/graph/paging)', () => {
  it('counts the people shown against everyone who matches, and hints to refine when many match', async () => {
    await searchFor([page(samples(0, 15), 500, tokenA)]);
    expect(await findShown('15 of 500 people found')).toBeTruthy();
    expect(await findShown('Many people match: type more of the name, or the sign-in name.')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('15 of 500 people found for sam. Many people match: type more of the name, or the sign-in name.');
    expect(options()).toHaveLength(15);
  });

  it('loads the next page by the token main issued, keyboard first, and makes its first person active in the box', async () => {
    const { api, user } = await searchFor([page(samples(0, 15), 40, tokenA), page(samples(15, 15), 40, tokenB)]);
    await user.tab();
    expect(document.activeElement).toBe(showMoreButton());
    await user.keyboard('{Enter}');
    expect(api.searchUsers).toHaveBeenLastCalledWith({ query: 'sam', more: tokenA });
    await screen.findByText('30 of 40 people found');
    expect(options()).toHaveLength(30);
    expect(document.activeElement).toBe(box());
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[15]!.id);
    expect(options()[15]!.getAttribute('aria-selected')).toBe('true');
    expect(useAnnouncerStore.getState().message).toBe('30 of 40 people found');

    // The arrow keys and Enter go on from there, as they do on the first page.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useSelectionStore.getState().user?.id).toBe('s16');
  });

  it('shows the last page without a button, and then counts only what is listed', async () => {
    const { user } = await searchFor([page(samples(0, 15), 20, tokenA), page(samples(15, 5), undefined)]);
    expect(await findShown('15 of 20 people found')).toBeTruthy();
    expect(queryShown(/Many people match/)).toBeNull();
    await user.click(showMoreButton()!);
    expect(await findShown('20 people found')).toBeTruthy();
    expect(options()).toHaveLength(20);
    expect(showMoreButton()).toBeNull();
    expect(document.activeElement).toBe(box());
  });

  it('has no button when everything fits on one page', async () => {
    await searchFor([page(samples(0, 3), 3)]);
    expect(await findShown('3 people found')).toBeTruthy();
    expect(showMoreButton()).toBeNull();
    expect(useAnnouncerStore.getState().message).toBe('3 people found for sam.');
  });

  it('says more match when the directory did not count them', async () => {
    await searchFor([page(samples(0, 15), undefined, tokenA)]);
    expect(await findShown('15 people shown; more match')).toBeTruthy();
    expect(showMoreButton()).toBeTruthy();
  });

  it('hints to refine once more than fifty are listed, even uncounted', async () => {
    const { user } = await searchFor([page(samples(0, 50), undefined, tokenA), page(samples(50, 1), undefined, tokenB)]);
    expect(queryShown(/Many people match/)).toBeNull();
    await user.click(showMoreButton()!);
    expect(await findShown('Many people match: type more of the name, or the sign-in name.')).toBeTruthy();
    expect(screen.getByText('51 people shown; more match')).toBeTruthy();
  });

  it('keeps Enter on the first result while more pages wait', async () => {
    const api = installFakeApi();
    const answer = deferred<SearchAnswer>();
    api.searchUsers.mockReturnValueOnce(answer.promise);
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(box(), 'sam{Enter}');
    await act(async () => answer.resolve(page(samples(0, 15), 500, tokenA)));
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: 's0' });
  });

  it('explains a page that failed and loads it on the next press, with the same token', async () => {
    const { api, user } = await searchFor([page(samples(0, 15), 40, tokenA), err(appError('network', 'Offline.')), page(samples(15, 15), 40, tokenB)]);
    await user.click(showMoreButton()!);
    expect(await findShown("TAP Desk can't reach Microsoft.")).toBeTruthy();
    expect(options()).toHaveLength(15);
    await user.click(showMoreButton()!);
    expect(api.searchUsers.mock.calls.slice(1).map(([input]) => input)).toEqual([
      { query: 'sam', more: tokenA },
      { query: 'sam', more: tokenA },
    ]);
    await screen.findByText('30 of 40 people found');
    expect(queryShown("TAP Desk can't reach Microsoft.")).toBeNull();
  });

  it('stops offering more when main no longer keeps the page', async () => {
    const { user } = await searchFor([page(samples(0, 15), 40, tokenA), err(appError('validation', 'No further page is kept.', { reason: 'invalid_request' }))]);
    await user.click(showMoreButton()!);
    expect(await findShown('TAP Desk refused a request with values it does not accept. Check what you entered and try again.')).toBeTruthy();
    expect(showMoreButton()).toBeNull();
    expect(options()).toHaveLength(15);
    expect(document.activeElement).toBe(box());
  });

  it('drops a page that arrives after the query changed', async () => {
    const late = deferred<SearchAnswer>();
    const { api, user } = await searchFor([page(samples(0, 15), 40, tokenA)]);
    api.searchUsers.mockReturnValueOnce(late.promise).mockResolvedValueOnce(page([person('max', 'Max Mustermann')], 1));
    await user.click(showMoreButton()!);
    await user.clear(box());
    await user.type(box(), 'max');
    await findShown('1 person found');
    await act(async () => late.resolve(page(samples(15, 15), 40, tokenB)));
    expect(options().map((option) => option.textContent)).toEqual([expect.stringContaining('Max Mustermann')]);
    expect(showMoreButton()).toBeNull();
  });

  it('does not list a person twice when the directory moved them between pages', async () => {
    const { user } = await searchFor([page(samples(0, 15), 30, tokenA), page(samples(14, 16), 30)]);
    await user.click(showMoreButton()!);
    await findShown('30 people found');
    expect(new Set(options().map((option) => option.textContent)).size).toBe(30);
  });
});
