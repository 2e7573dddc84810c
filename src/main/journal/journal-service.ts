import { MAX_RANGE_DAYS, type AuditLogAccess, type DeskPassStatus, type JournalRecord, type OutputOf, type TenantPasses } from '../../shared';
import type { ActiveGraph } from '../accounts';
import { failure } from '../app-failure';
import { toAppError } from '../graph/error-mapping';
import type { DeskJournal } from './desk-journal';
import { entraPassEvents } from './entra-pass-events';
import { historyOf, passStatuses, type FollowedPass } from './pass-statuses';
import { deskPassEvents, filterPassEvents, markPrivileged, matches, mergePassEvents } from './tenant-passes';

const DAY_MS = 24 * 60 * 60_000;

export interface JournalServiceDeps {
  journal: DeskJournal;
  activeGraph: () => Promise<ActiveGraph>;
  /** The signed-in profile and how long it keeps its journal; throws when nobody is signed in. */
  activeProfile: () => { profileId: string; retentionMonths: number };
  now?: () => Date;
}

type Range = { from: string; to: string; person?: string | undefined; technician?: string | undefined };

/** Why Entra's log could not be read, in the terms the tenant view explains: no permission, or no reader role. */
const accessFrom = (error: unknown): AuditLogAccess => {
  const { code } = toAppError(error);
  if (code === 'consent_required') return 'consent_required';
  return code === 'insufficient_role' ? 'role_required' : 'unavailable';
};

/** What the journal's channels answer: this desk's day, live statuses, and the tenant's passes from Entra. */
export class JournalService {
  private readonly now: () => Date;

  constructor(private readonly deps: JournalServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  private records(from: Date, to: Date) {
    const { profileId, retentionMonths } = this.deps.activeProfile();
    return this.deps.journal.read(profileId, retentionMonths, from, to);
  }

  today(since: string, until?: string): OutputOf<'journal:today'> {
    const { profileId, retentionMonths } = this.deps.activeProfile();
    return {
      entries: this.deps.journal.read(profileId, retentionMonths, new Date(since), until ? new Date(until) : new Date(this.now().getTime() + DAY_MS)),
      integrity: this.deps.journal.integrity(profileId, retentionMonths),
      writeProblem: this.deps.journal.problem(),
    };
  }

  /** A pass lives at most 30 days (43,200 minutes), so its issue is within the last month of the journal. */
  async statuses(passes: readonly FollowedPass[]): Promise<DeskPassStatus[]> {
    if (passes.length === 0) return [];
    const graph = await this.deps.activeGraph();
    const recent = this.records(new Date(this.now().getTime() - MAX_RANGE_DAYS * DAY_MS), new Date(this.now().getTime() + DAY_MS));
    return passStatuses(graph.api, passes, (passId) => historyOf(recent, passId));
  }

  async tenant({ from, to, person, technician }: Range): Promise<TenantPasses> {
    const start = new Date(from);
    const end = new Date(to);
    if (!(start < end) || end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw failure('validation', `Choose a range of at most ${MAX_RANGE_DAYS} days that ends after it starts.`, { reason: 'invalid_request' });
    }
    const graph = await this.deps.activeGraph();
    const desk = deskPassEvents(this.records(start, end));
    let auditLog: AuditLogAccess = 'read';
    let entra: Awaited<ReturnType<typeof entraPassEvents>> = { events: [], truncated: false };
    try {
      entra = await entraPassEvents(graph.api, start, end);
    } catch (error) {
      auditLog = accessFrom(error);
    }
    const events = filterPassEvents(mergePassEvents(desk, entra.events), { person, technician });
    return { events: await markPrivileged(graph.api, events).catch(() => events), auditLog, truncated: entra.truncated };
  }

  /** Every entry of this desk in the range (all actions, not only passes), filtered as the tenant view filters. */
  desk({ from, to, person, technician }: Range): JournalRecord[] {
    return this.records(new Date(from), new Date(to)).filter(
      (record) =>
        matches([record.person.displayName, record.person.userPrincipalName], person) && matches([record.technician.userPrincipalName], technician),
    );
  }
}
