import {
  appError,
  choicesFor,
  type CohortCheck,
  type CohortCommand,
  type CohortIssueInput,
  type CohortProgress,
  type CohortRow,
  type CohortRun,
  type IssuedPass,
  type TenantSettings,
} from '../../shared';
import type { ActiveGraph } from '../accounts';
import { AppFailure, failure } from '../app-failure';
import { graphPermissions } from '../graph/graph-permissions';
import { sheetFor, slipLanguageFor, type SlipPerson } from '../handoff';
import type { Publish } from '../ipc/event-publisher';
import { securityInfoFor, type TapService } from '../issuing';
import type { DeskAct, RecordAct } from '../journal';
import type { SlipOutput } from '../platform/ports';
import { checkCohort } from './cohort-check';
import { runCohort, type PlannedRow, type RowEnd } from './cohort-run';
import { passWiped, type Cohort, type CohortStore } from './cohort-store';
import { groupedRecord } from './grouped-record';
import { RunControl } from './run-control';
import { checkPace } from './run-pacing';

/** Where the handoff screen keeps the pass it shows (the handoff feature's keeper). */
export interface PassScreen {
  keep(userId: string, passId: string, code: string, forgetAfterSeconds: number): void;
}

export interface CohortServiceDeps {
  activeGraph: () => Promise<ActiveGraph>;
  store: CohortStore;
  tap: TapService;
  screen: PassScreen;
  /** The active tenant's settings and its logo as a data URL. */
  settings: () => { settings: TenantSettings; logoDataUrl: string | null };
  publish: Publish;
  record: RecordAct;
  slips: SlipOutput;
  now?: () => number;
}

/** Main forgets a handed-over code a little after the screen's own countdown, as for a pass issued alone. */
const FORGET_GRACE_SECONDS = 5;

const noCounts = { issued: 0, refused: 0, failed: 0, skipped: 0 };

const busy = () => failure('validation', 'This cohort is already being checked or issued.', { reason: 'cohort_busy' });

const badRow = (line: number) => failure('validation', `Line ${line} of the cohort cannot be issued as asked.`, { reason: 'invalid_request' });

/**
 * A cohort from check to hand-over: the check opens it, a run issues its chosen rows and holds their passes,
 * and each pass leaves it once, to the handoff screen or onto a sheet, until the cohort closes.
 */
export class CohortService {
  /** Checks under way, by the cohort id they will open, so they can be cancelled before they answer. */
  private readonly checking = new Map<string, AbortController>();
  private readonly now: () => number;

  constructor(private readonly deps: CohortServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  private progress(cohortId: string, phase: CohortProgress['phase'], progress: Omit<CohortProgress, 'cohortId' | 'phase'>): void {
    this.deps.publish('event:bulk-progress', { cohortId, phase, ...progress });
  }

  async check(rows: CohortRow[]): Promise<CohortCheck> {
    const graph = await this.deps.activeGraph();
    const { settings } = this.deps.settings();
    const cohortId = this.deps.store.newId();
    const abort = new AbortController();
    this.checking.set(cohortId, abort);
    const told = (done: number, total: number, state: CohortProgress['state']) =>
      this.progress(cohortId, 'checking', { done, total, counts: noCounts, state, throttledSeconds: null, secondsLeft: null });
    // The screen learns the cohort's id from its first progress, and so can cancel the check from its first moment.
    told(0, rows.length, 'running');
    try {
      const checked = await checkCohort(
        {
          api: graph.api,
          technicianId: graph.technicianId,
          technicianRoleIds: await graph.api.directoryRoleIds(graph.technicianId).catch(() => null),
          languageFor: (person, chosen) => slipLanguageFor(person, settings.languages, chosen),
          onProgress: (done, total) => told(done, total, abort.signal.aborted ? 'cancelling' : 'running'),
          now: this.now,
          pace: checkPace(this.now),
        },
        rows,
        abort.signal,
      );
      this.deps.store.open(cohortId, graph.key, checked);
      told(rows.length, rows.length, 'finished');
      return { cohortId, rows: checked.rows, policy: checked.policy, policyScopeChecked: checked.policyScopeChecked, checkedAt: new Date(this.now()).toISOString() };
    } finally {
      this.checking.delete(cohortId);
    }
  }

  /** Pause and resume apply to a run; cancel to a run or a check. False when there was nothing to do. */
  control(cohortId: string, command: CohortCommand): boolean {
    const check = this.checking.get(cohortId);
    if (check) {
      if (command !== 'cancel' || check.signal.aborted) return false;
      check.abort();
      return true;
    }
    const run = this.deps.store.find(cohortId)?.run;
    return run ? run[command]() : false;
  }

  async issue({ cohortId, rows }: CohortIssueInput): Promise<CohortRun> {
    const graph = await this.deps.activeGraph();
    const cohort = this.deps.store.get(cohortId, graph.key);
    if (cohort.run) throw busy();
    const planned = rows.map((row): PlannedRow => {
      const checked = cohort.rows.get(row.line);
      const person = cohort.checked.people.get(row.line);
      if (!checked || !person || !choicesFor(checked.finding).includes(row.action)) throw badRow(row.line);
      const { line, action, ...body } = row;
      // A pass this cohort issued earlier is the one the person holds now: only Replace may replace it.
      const expectedPassId = cohort.results.get(line)?.pass?.id ?? checked.existingPass?.id ?? null;
      return { line, userId: person.user.id, action, expectedPassId, body };
    });
    const run = new RunControl(this.now);
    cohort.run = run;
    cohort.cancelled = false;
    this.deps.store.holdFor(cohort, this.deps.settings().settings.bulk.holdMinutes * 60_000);
    const journal = groupedRecord(this.deps.record);
    try {
      const ends = await runCohort(
        {
          send: (requests) => graph.api.writeBatch(requests, graphPermissions.passes),
          control: run,
          onProgress: (progress) => this.progress(cohortId, 'issuing', progress),
          onRowEnd: async (row, end) => this.rowEnded(cohort, planned.length, row, end, journal.add),
        },
        planned,
      );
      for (const [line, end] of ends) cohort.results.set(line, end.result);
      cohort.cancelled = [...ends.values()].some((end) => end.result.skippedBecause === 'cancelled');
    } finally {
      await journal.flush();
      cohort.run = null;
    }
    return this.view(cohort);
  }

  private rowEnded(cohort: Cohort, size: number, row: PlannedRow, { result, code }: RowEnd, record: (act: DeskAct) => void): void {
    if (code && result.pass) cohort.held.set(row.line, { userId: row.userId, pass: result.pass, code });
    const base = { userId: row.userId, act: 'create' as const, options: row.body, cohort: { id: cohort.id, size } };
    if (result.outcome === 'issued' && result.pass) {
      const done = result.replacedPassId ? 'replaced' : 'issued';
      record({ ...base, done, passId: result.pass.id, replacedPassId: result.replacedPassId, recoveredFrom: result.recovered });
    } else if (result.error) {
      const { code: errorCode, reason, requestId, passState } = result.error;
      const failed = new AppFailure(
        appError(errorCode, `Cohort line ${row.line} ended ${result.outcome}.`, { ...(reason ? { reason } : {}), ...(requestId ? { requestId } : {}), ...(passState ? { passState } : {}) }),
      );
      record({ ...base, failed });
    }
  }

  /** Every row of the cohort as it stands: how it ended, and whether its pass is still held or was handed over. */
  view(cohort: Cohort): CohortRun {
    const rows = [...cohort.rows.values()].map(({ line, finding }) => {
      const result = cohort.results.get(line) ?? {
        line,
        outcome: 'skipped' as const,
        pass: null,
        replacedPassId: null,
        recovered: null,
        skippedBecause: choicesFor(finding).length > 1 ? ('chosen' as const) : ('finding' as const),
        error: null,
        held: false,
        handedOver: false,
      };
      return { ...result, held: cohort.held.has(line), handedOver: cohort.handedOver.has(line) };
    });
    return { cohortId: cohort.id, rows, cancelled: cohort.cancelled, heldUntil: cohort.heldUntil === null ? null : new Date(cohort.heldUntil).toISOString() };
  }

  /** Moves one row's pass to the handoff screen, which then shows, copies, prints and wipes it as for a pass issued alone. */
  async handOver(cohortId: string, line: number): Promise<IssuedPass> {
    const graph = await this.deps.activeGraph();
    const cohort = this.deps.store.get(cohortId, graph.key);
    const person = cohort.checked.people.get(line);
    if (!person) throw badRow(line);
    const held = this.deps.store.take(cohort, line);
    await this.deps.tap.adopt(person.user, held.pass);
    this.deps.screen.keep(held.userId, held.pass.id, held.code, this.deps.settings().settings.defaults.autoHideSeconds + FORGET_GRACE_SECONDS);
    const result = cohort.results.get(line);
    const replaced = result?.replacedPassId ? (cohort.rows.get(line)?.existingPass ?? null) : null;
    return {
      ...held.pass,
      temporaryAccessPass: held.code,
      userId: held.userId,
      replacedPass: replaced,
      // The run's result names the cause; the lost pass's id is not kept once the row has ended.
      recovered: null,
      securityInfoUrl: securityInfoFor(graph, person.user.userPrincipalName),
    };
  }

  /** The slips of the rows still held (or the lines given), one page each; a sheet that left the app is journaled per row. */
  async sheet(cohortId: string, output: 'print' | 'pdf', lines?: number[]): Promise<{ done: boolean; savedTo: string | null; pages: number }> {
    const graph = await this.deps.activeGraph();
    const cohort = this.deps.store.get(cohortId, graph.key);
    const chosen = lines ?? [...cohort.held.keys()].sort((a, b) => a - b);
    const pages = chosen.map((line): { userId: string; slip: SlipPerson } => {
      const held = cohort.held.get(line);
      const person = cohort.checked.people.get(line);
      const row = cohort.rows.get(line);
      if (!held || !person || !row) throw passWiped();
      const { user } = person;
      return { userId: held.userId, slip: { user, pass: held.pass, code: held.code, securityInfoUrl: securityInfoFor(graph, user.userPrincipalName), language: row.language } };
    });
    if (pages.length === 0) return { done: false, savedTo: null, pages: 0 };
    const { settings, logoDataUrl } = this.deps.settings();
    const day = new Date(this.now()).toISOString().slice(0, 10);
    const { html, suggestedName } = await sheetFor({ settings, logoDataUrl, tenantName: graph.tenantName }, pages.map((page) => page.slip), day);
    const savedTo = output === 'pdf' ? await this.deps.slips.savePdf(html, suggestedName) : null;
    const done = output === 'print' ? await this.deps.slips.print(html) : savedTo !== null;
    if (done) {
      const action = output === 'print' ? 'slip_printed' : 'slip_saved';
      await this.deps.record(pages.map(({ userId, slip }) => ({ userId, act: 'slip' as const, passId: slip.pass.id, done: action }))).catch(() => undefined);
    }
    return { done, savedTo, pages: done ? pages.length : 0 };
  }

  /** The open cohort, as the signed-in account may see it. */
  async cohort(cohortId: string): Promise<Cohort> {
    const graph = await this.deps.activeGraph();
    return this.deps.store.get(cohortId, graph.key);
  }

  close(cohortId: string): boolean {
    this.checking.get(cohortId)?.abort();
    return this.deps.store.close(cohortId);
  }
}
