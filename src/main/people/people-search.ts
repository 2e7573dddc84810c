import { randomUUID } from 'node:crypto';
import type { OutputOf } from '../../shared';
import type { ActiveGraph } from '../accounts';
import { failure } from '../app-failure';
import type { UserPage } from '../graph/graph-api';
import { ownPageUrl } from '../graph/own-page-url';

type SearchAnswer = OutputOf<'users:search'>;

/** Graph's next-page link of the newest search, kept in main; the screen holds only the token that names it. */
interface KeptPage {
  token: string;
  query: string;
  /** The account the search ran as: a link is never followed with another account's token. */
  accountKey: string;
  nextLink: string;
  /** `@odata.count` comes with the first page only, so later answers repeat it from here. */
  total: number | null;
}

/** The next page of this cloud's users list a link names, or null (see own-page-url.ts). */
export const usersPageUrl = (nextLink: string, graphHost: string): string | null => ownPageUrl(nextLink, graphHost, '/v1.0/users');

const refused = (why: string) => failure('validation', why, { reason: 'invalid_request' });

/**
 * People search in pages (https://learn.microsoft.com/graph/paging). Only the newest search can go on: a new one
 * forgets the old link, and a token is good for one page, so a repeated or replayed ask is refused.
 */
export class PeopleSearch {
  private kept: KeptPage | null = null;
  /** Counts searches, so an answer that arrives after a newer search began keeps nothing. */
  private generation = 0;

  constructor(
    private readonly graph: () => Promise<ActiveGraph>,
    private readonly newToken: () => string = randomUUID,
  ) {}

  async first(query: string, top: number): Promise<SearchAnswer> {
    const generation = ++this.generation;
    this.kept = null;
    const graph = await this.graph();
    const page = await graph.api.searchUsers(query, top);
    return this.answer(graph, query, page, page.total, generation);
  }

  async next(query: string, token: string): Promise<SearchAnswer> {
    const kept = this.kept;
    if (!kept || kept.token !== token || kept.query !== query) throw refused('No further page is kept under that token for this search.');
    const generation = this.generation;
    // Taken while it is being fetched, so a second ask with the same token cannot fetch the page twice.
    this.kept = null;
    // After a failure the same page can be asked for again, unless a newer search has begun meanwhile.
    const putBack = (error: unknown): never => {
      if (this.generation === generation && this.kept === null) this.kept = kept;
      throw error;
    };
    const graph = await this.graph().catch(putBack);
    const url = graph.key === kept.accountKey ? usersPageUrl(kept.nextLink, graph.api.graphHost) : null;
    if (url === null) throw refused('The search was made with another account or for another cloud.');
    const page = await graph.api.nextUsersPage(url).catch(putBack);
    return this.answer(graph, query, page, kept.total, generation);
  }

  private answer(graph: ActiveGraph, query: string, page: UserPage, total: number | null, generation: number): SearchAnswer {
    // A link to anywhere but this cloud's users list is dropped: the technician refines the search instead.
    const nextLink = page.nextLink !== null && usersPageUrl(page.nextLink, graph.api.graphHost) !== null ? page.nextLink : null;
    const base = { users: page.users, ...(total === null ? {} : { total }) };
    if (nextLink === null) return { ...base, hasMore: false };
    const token = this.newToken();
    if (this.generation === generation) this.kept = { token, query, accountKey: graph.key, nextLink, total };
    return { ...base, hasMore: true, more: token };
  }
}
