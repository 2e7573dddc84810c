import { randomUUID } from 'node:crypto';
import type { CheckedRow, CohortRowResult, ExistingPass, JournalPerson } from '../../shared';
import { failure } from '../app-failure';
import type { CheckedCohort } from './cohort-check';
import type { RunControl } from './run-control';

/** A pass a run issued, in main's memory only, until it is handed over, the cohort closes or its time runs out. */
export interface HeldPass {
  userId: string;
  pass: ExistingPass;
  code: string;
}

/** One checked cohort: what the check found, how its rows ended, and the passes it still holds. */
export interface Cohort {
  readonly id: string;
  /** The account it was checked under: another account's screen never sees it. */
  readonly graphKey: string;
  readonly checked: CheckedCohort;
  readonly rows: ReadonlyMap<number, CheckedRow>;
  readonly results: Map<number, CohortRowResult>;
  readonly held: Map<number, HeldPass>;
  readonly handedOver: Set<number>;
  heldUntil: number | null;
  cancelled: boolean;
  /** The run under way; null while none is. */
  run: RunControl | null;
}

interface Kept {
  cohort: Cohort;
  timer: NodeJS.Timeout | null;
}

/** The pass of a row that was handed over, or wiped when the cohort's time ran out. */
export const passWiped = () =>
  failure('validation', 'TAP Desk no longer holds this person’s pass: it was handed over, or the cohort’s time ran out.', { reason: 'cohort_pass_wiped' });

const closed = () =>
  failure('validation', 'This cohort is no longer open: it was closed, its time ran out, or another account signed in.', { reason: 'cohort_closed' });

/**
 * The cohorts this desk has open. Their passes live here and nowhere else: wiped when the cohort closes, when its
 * time runs out (set per tenant), when the account changes, and each as it is handed over.
 */
export class CohortStore {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A cohort id for a check about to start, so its progress can be told and stopped before it is open. */
  newId(): string {
    return randomUUID();
  }

  open(id: string, graphKey: string, checked: CheckedCohort): Cohort {
    const cohort: Cohort = {
      id,
      graphKey,
      checked,
      rows: new Map(checked.rows.map((row) => [row.line, row])),
      results: new Map(),
      held: new Map(),
      handedOver: new Set(),
      heldUntil: null,
      cancelled: false,
      run: null,
    };
    this.kept.set(id, { cohort, timer: null });
    return cohort;
  }

  /** The open cohort, checked under this account; anything else is closed as far as the caller is concerned. */
  get(id: string, graphKey: string): Cohort {
    const cohort = this.kept.get(id)?.cohort;
    if (!cohort || cohort.graphKey !== graphKey) throw closed();
    return cohort;
  }

  /** The open cohort, whoever is signed in: for stopping what runs in it. */
  find(id: string): Cohort | undefined {
    return this.kept.get(id)?.cohort;
  }

  /** Every pass the cohort holds is wiped `holdMs` from now, whatever the screen does. */
  holdFor(cohort: Cohort, holdMs: number): void {
    const kept = this.kept.get(cohort.id);
    if (!kept) return;
    if (kept.timer) clearTimeout(kept.timer);
    cohort.heldUntil = this.now() + holdMs;
    kept.timer = setTimeout(() => cohort.held.clear(), holdMs);
    kept.timer.unref();
  }

  /** Takes the pass of one row out of the cohort: from now on only the handoff screen's keeper holds it. */
  take(cohort: Cohort, line: number): HeldPass {
    const held = cohort.held.get(line);
    if (!held) throw passWiped();
    cohort.held.delete(line);
    cohort.handedOver.add(line);
    return held;
  }

  close(id: string): boolean {
    const kept = this.kept.get(id);
    if (!kept) return false;
    kept.cohort.run?.cancel();
    kept.cohort.held.clear();
    if (kept.timer) clearTimeout(kept.timer);
    this.kept.delete(id);
    return true;
  }

  /** Closes every cohort: on sign-out and when another account signs in. */
  closeAll(): void {
    for (const id of [...this.kept.keys()]) this.close(id);
  }

  /** Every pass code the open cohorts hold: the log and the diagnostics refuse to quote them. */
  heldCodes(): string[] {
    return [...this.kept.values()].flatMap(({ cohort }) => [...cohort.held.values()].map(({ code }) => code));
  }

  /** The person a cohort row names, as its check read them, for the journal. */
  person(userId: string): { person: JournalPerson; methodIds: string[] | null } | null {
    const id = userId.toLowerCase();
    for (const { cohort } of [...this.kept.values()].reverse()) {
      for (const { user, methodIds } of cohort.checked.people.values()) {
        if (user.id.toLowerCase() === id) return { person: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, methodIds };
      }
    }
    return null;
  }
}
