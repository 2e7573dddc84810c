import type { CohortFinding, CohortRowResult, ErrorCode } from '../../../../../shared';
import { errorTitleOf, nextStepOf } from '../../../ui/errors/error-text';
import { passStateText } from '../../../ui/errors/pass-state-text';
import type { Message } from '../../../ui/i18n/define-messages';
import { uiMessages } from '../../../ui/messages';
import { bulkMessages as m } from '../messages';
import { findingWords } from '../review/finding-words';

export interface OutcomeWords {
  /** The outcome in a word. */
  outcome: Message;
  /** What happened and what to do, one sentence each, in order. */
  lines: Message[];
  /** Only the person's card can tell what they hold now. */
  openCard: boolean;
}

const outcomeTitle: Record<CohortRowResult['outcome'], Message> = {
  issued: m.outcomeIssued,
  skipped: m.outcomeSkipped,
  refused: m.outcomeRefused,
  failed: m.outcomeFailed,
};

/** The single flow's remedies that point at its own form; a batch row is dealt with on the person's card. */
const batchRemedy: Partial<Record<ErrorCode, Message>> = {
  pass_exists: m.passExistsNext,
  pass_changed: m.passChangedNext,
  pass_unreadable: m.passUnreadableNext,
};

const issuedLines = (row: CohortRowResult): Message[] => [
  ...(row.recovered ? [m.issuedRecovered] : []),
  ...(row.replacedPassId ? [m.issuedReplaced] : []),
  row.handedOver ? m.statusHandedOver : row.held ? m.statusWaiting : m.statusNotHeld,
];

type RowError = NonNullable<CohortRowResult['error']>;

const remedy = (error: RowError): Message => batchRemedy[error.code] ?? nextStepOf({ code: error.code, reason: error.reason ?? undefined });

const errorLines = (error: RowError): { lines: Message[]; openCard: boolean } => {
  const title = errorTitleOf(error.code);
  const state = error.passState;
  if (!state) return { lines: [title, remedy(error)], openCard: false };
  const known = passStateText(state).filter((message) => message !== uiMessages.statePendingAdvice);
  switch (state.outcome) {
    // A request that may still arrive, or a state nobody could read: the card reads what the person holds now.
    case 'pending':
    case 'unknown':
      return { lines: [title, ...known, m.openCardAdvice], openCard: true };
    case 'unreadable':
      return { lines: [title, ...known, m.passUnreadableNext], openCard: true };
    default:
      return { lines: [title, ...known, remedy(error)], openCard: false };
  }
};

const skippedLines = (row: CohortRowResult, finding: CohortFinding | null): Message[] => {
  if (row.skippedBecause === 'cancelled') return [m.skippedCancelled];
  if (row.skippedBecause === 'finding' && finding) return [m.skippedFinding, findingWords[finding].title, findingWords[finding].next];
  return [m.skippedChosen];
};

/** A row's outcome in plain words, as the single flow words the same error; a skip by the check's finding names it. */
export const outcomeWords = (row: CohortRowResult, finding: CohortFinding | null = null): OutcomeWords => {
  const outcome = outcomeTitle[row.outcome];
  switch (row.outcome) {
    case 'issued':
      return { outcome, lines: issuedLines(row), openCard: !row.held && !row.handedOver };
    case 'skipped':
      return { outcome, lines: skippedLines(row, finding), openCard: false };
    case 'refused':
    case 'failed':
      return row.error ? { outcome, ...errorLines(row.error) } : { outcome, lines: [m.noReason], openCard: row.outcome === 'failed' };
  }
};
