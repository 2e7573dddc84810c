import type { DeskPassPhase, JournalAction, JournalBreak, JournalProblemKind } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { journalMessages as m } from './messages';

export const phaseWords: Record<DeskPassPhase, Message> = {
  waiting: m.phaseWaiting,
  not_yet_valid: m.phaseNotYetValid,
  used: m.phaseUsed,
  method_registered: m.phaseMethodRegistered,
  expired: m.phaseExpired,
  disabled: m.phaseDisabled,
  revoked: m.phaseRevoked,
  removed: m.phaseRemoved,
  replaced: m.phaseReplaced,
  unknown: m.phaseUnknown,
};

/** Badge colours back the words up; the words alone say it all, for forced colours and screen readers. */
export const phaseColour: Record<DeskPassPhase, 'informative' | 'success' | 'warning' | 'danger' | 'subtle'> = {
  waiting: 'informative',
  not_yet_valid: 'informative',
  used: 'success',
  method_registered: 'success',
  expired: 'subtle',
  disabled: 'warning',
  revoked: 'subtle',
  removed: 'warning',
  replaced: 'subtle',
  unknown: 'warning',
};

/**
 * A pass in these phases may still let someone in, so revoking it still means something. `used` is a one-time
 * pass signed in with (OneTimeUsed): it opens nothing any more.
 */
export const revocable = (phase: DeskPassPhase | undefined): boolean =>
  phase === undefined || !['used', 'expired', 'revoked', 'removed', 'replaced'].includes(phase);

export const actionWords: Record<JournalAction, Message> = {
  issued: m.actionIssued,
  replaced: m.actionReplaced,
  revoked: m.actionRevoked,
  notice_sent: m.actionNoticeSent,
  slip_printed: m.actionSlipPrinted,
  slip_saved: m.actionSlipSaved,
  refused: m.actionRefused,
  failed: m.actionFailed,
  break_found: m.actionBreakFound,
};

/** Where the chain breaks: on a line, or past a file's last one. */
const brokenWords: Record<JournalProblemKind, { onLine: Message; atEnd: Message }> = {
  altered: { onLine: m.brokenAltered, atEnd: m.brokenAlteredAtEnd },
  removed: { onLine: m.brokenRemoved, atEnd: m.brokenRemovedAtEnd },
  truncated: { onLine: m.brokenTruncated, atEnd: m.brokenTruncatedAtEnd },
  unreadable: { onLine: m.brokenUnreadable, atEnd: m.brokenUnreadableAtEnd },
  seal_mismatch: { onLine: m.brokenSealMismatch, atEnd: m.brokenSealMismatch },
  seal_missing: { onLine: m.brokenSealMissing, atEnd: m.brokenSealMissing },
};

/** The sentence that names the broken entry, with its month file and line. */
export const brokenSentence = ({ problem, month, line }: JournalBreak): readonly [Message, Record<string, string | number>] => {
  const words = brokenWords[problem];
  return line === null ? [words.atEnd, { month }] : [words.onLine, { month, line }];
};
