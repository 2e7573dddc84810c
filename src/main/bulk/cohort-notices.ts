import { usesPass, type CohortNoticeBlock, type CohortNoticePreview, type CohortNoticeRecipient, type CohortNoticeResult, type TenantSettings } from '../../shared';
import type { ActiveGraph } from '../accounts';
import { failure } from '../app-failure';
import { toAppError } from '../graph/error-mapping';
import type { Mailbox, OutgoingMail } from '../graph/graph-api';
import { inParallel } from '../graph/graph-batch';
import { graphPermissions } from '../graph/graph-permissions';
import type { RecordAct } from '../journal';
import { renderNotice, templateFor } from '../notify';
import type { Cohort } from './cohort-store';

/**
 * Mails sent at once. Outlook allows four concurrent requests per mailbox
 * (https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits); one is left for the desk's own.
 */
const MAILS_IN_FLIGHT = 3;

type Raw = Record<string, unknown>;
type ManagerFound = Mailbox | 'none' | 'unreadable';
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** One row's notice as it would go out, or why it cannot. */
interface PlannedNotice {
  line: number;
  language: string;
  to: Mailbox[];
  block: CohortNoticeBlock | null;
  mail: OutgoingMail | null;
}

export interface CohortNoticeDeps {
  activeGraph: () => Promise<ActiveGraph>;
  settings: () => TenantSettings;
  record: RecordAct;
}

/** Each issued row's manager, read in batches: 404 is nobody set, 403 a role that may not read it. */
const managersOf = async (graph: ActiveGraph, cohort: Cohort, lines: readonly number[]): Promise<Map<number, ManagerFound>> => {
  const requests = lines.flatMap((line) => {
    const person = cohort.checked.people.get(line);
    return person ? [{ id: `m${line}`, url: `/users/${encodeURIComponent(person.user.id)}/manager?$select=id,displayName,mail,userPrincipalName` }] : [];
  });
  const answers = await graph.api.batch(requests, graphPermissions.users);
  return new Map(
    lines.map((line): [number, ManagerFound] => {
      const answer = answers.get(`m${line}`);
      if (answer?.status === 200) {
        const raw = (answer.body ?? {}) as Raw;
        const address = str(raw.mail) ?? str(raw.userPrincipalName);
        return [line, address ? { name: str(raw.displayName) ?? address, address } : 'none'];
      }
      return [line, answer?.status === 404 ? 'none' : 'unreadable'];
    }),
  );
};

/**
 * A cohort's notices, one per issued row, in the row's language, from the tenant's templates: to each person's
 * manager, or to the person. A cohort's notice never carries the pass, so a template that names it is refused.
 */
export class CohortNotices {
  constructor(private readonly deps: CohortNoticeDeps) {}

  private async plan(cohort: Cohort, recipient: CohortNoticeRecipient, lines: readonly number[]): Promise<PlannedNotice[]> {
    const settings = this.deps.settings();
    if (!settings.notifications.enabled) throw failure('validation', 'E-mail notifications are turned off for this tenant.', { reason: 'notices_off' });
    const graph = await this.deps.activeGraph();
    const issued = lines.filter((line) => cohort.results.get(line)?.outcome === 'issued');
    const managers = recipient === 'manager' ? await managersOf(graph, cohort, issued) : new Map<number, ManagerFound>();
    const sender = { technicianName: graph.technician.name, tenantName: graph.tenantName };
    return lines.map((line): PlannedNotice => {
      const row = cohort.rows.get(line);
      const user = cohort.checked.people.get(line)?.user;
      const pass = cohort.results.get(line)?.pass;
      const chosen = user ? templateFor(settings, user, row?.options.language) : null;
      const language = chosen?.language ?? settings.languages.defaultLanguage;
      const blocked = (block: CohortNoticeBlock, to: Mailbox[] = []): PlannedNotice => ({ line, language, to, block, mail: null });
      if (!user || !pass || !issued.includes(line)) return blocked('not_issued');
      if (!chosen) return blocked('no_template');
      if (recipient === 'manager' && row?.options.notifyManager === false) return blocked('manager_not_asked');
      const manager = managers.get(line);
      const to =
        recipient === 'person' ? [{ name: user.displayName, address: user.mail ?? user.userPrincipalName }] : manager && typeof manager === 'object' ? [manager] : [];
      if (recipient === 'manager' && manager === 'unreadable') return blocked('manager_unreadable');
      if (recipient === 'manager' && to.length === 0) return blocked('no_manager');
      if (to.some((mailbox) => !mailbox.address)) return blocked('no_mailbox');
      if (usesPass(chosen.template)) return blocked('template_uses_pass', to);
      const rendered = renderNotice(settings, sender, chosen, user, pass);
      return { line, language, to, block: null, mail: { ...rendered, to, cc: [], containsPass: false } };
    });
  }

  async preview(cohort: Cohort, recipient: CohortNoticeRecipient): Promise<CohortNoticePreview> {
    const lines = [...cohort.results.keys()].filter((line) => cohort.results.get(line)?.outcome === 'issued').sort((a, b) => a - b);
    const planned = await this.plan(cohort, recipient, lines);
    const first = planned.find((notice) => notice.mail !== null);
    const sendFrom = this.deps.settings().notifications.sendFrom;
    const graph = await this.deps.activeGraph();
    return {
      sample: first?.mail
        ? { line: first.line, subject: first.mail.subject, html: first.mail.html, language: first.language, from: { address: sendFrom || graph.technician.address, sharedMailbox: Boolean(sendFrom) } }
        : null,
      rows: planned.map(({ line, language, to, block }) => ({ line, language, to, block })),
    };
  }

  /** Sends each row's notice as previewed; a row that cannot get one, or whose send fails, says why. */
  async send(cohort: Cohort, recipient: CohortNoticeRecipient, lines: readonly number[]): Promise<CohortNoticeResult[]> {
    const planned = await this.plan(cohort, recipient, lines);
    const sharedMailbox = this.deps.settings().notifications.sendFrom || null;
    const graph = await this.deps.activeGraph();
    const results = new Map<number, CohortNoticeResult>();
    await inParallel(planned, MAILS_IN_FLIGHT, async ({ line, block, mail }) => {
      if (!mail) {
        results.set(line, { line, outcome: 'blocked', block, error: null, acceptedAt: null });
        return;
      }
      const userId = cohort.checked.people.get(line)!.user.id;
      try {
        await graph.api.sendMail(sharedMailbox, mail);
        results.set(line, { line, outcome: 'sent', block: null, error: null, acceptedAt: new Date().toISOString() });
        await this.deps.record({ userId, act: 'notice', done: 'notice_sent' }).catch(() => undefined);
      } catch (error) {
        const { code, requestId } = toAppError(error);
        results.set(line, { line, outcome: 'failed', block: null, error: { code, requestId: requestId ?? null }, acceptedAt: null });
        await this.deps.record({ userId, act: 'notice', failed: error }).catch(() => undefined);
      }
    });
    return planned.map(({ line }) => results.get(line)!);
  }
}
