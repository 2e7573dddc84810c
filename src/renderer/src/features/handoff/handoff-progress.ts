import type { AuthMethod, ExistingPass, PassStatus } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import type { Message } from '../../ui/i18n/define-messages';
import { translate } from '../../ui/i18n/translate';
import { methodText } from '../../ui/method-name';
import { handoffMessages as m } from './messages';

export type PassPhase = 'waiting' | 'not-yet-valid' | 'disabled' | 'used' | 'gone' | 'expired' | 'revoked';

export interface HandoffProgress {
  phase: PassPhase;
  /** Methods registered since the pass was issued, oldest first as Graph lists them. */
  newMethods: AuthMethod[];
}

interface ProgressInput {
  issued: ExistingPass;
  /** The latest poll; null before the first answer. */
  status: PassStatus | null;
  /** Methods registered before the pass was issued; null while unknown. */
  baseline: AuthMethod[] | null;
  revoked: boolean;
}

const phaseOf = (pass: ExistingPass): PassPhase => {
  switch (pass.methodUsabilityReason) {
    case 'OneTimeUsed':
      return 'used';
    case 'Expired':
      return 'expired';
    case 'NotYetValid':
      return 'not-yet-valid';
    case 'DisabledByPolicy':
      return 'disabled';
    default:
      return 'waiting';
  }
};

export const handoffProgress = ({ issued, status, baseline, revoked }: ProgressInput): HandoffProgress => {
  const known = new Set(baseline?.map((method) => method.id));
  const newMethods = baseline && status?.methods ? status.methods.filter((method) => !known.has(method.id)) : [];
  if (revoked) return { phase: 'revoked', newMethods };
  if (!status) return { phase: phaseOf(issued), newMethods };
  // Another pass in its place means ours was replaced: it no longer exists either.
  const current = status.existingPass?.id === issued.id ? status.existingPass : null;
  return { phase: current ? phaseOf(current) : 'gone', newMethods };
};

/**
 * True while the pass may still be the person's way in and nothing Graph shows says it reached them (no use, no
 * new method); forgetting it then is worth a question first.
 */
export const stillToHandOver = ({ phase, newMethods }: HandoffProgress): boolean =>
  (phase === 'waiting' || phase === 'not-yet-valid') && newMethods.length === 0;

export type StepState = 'done' | 'current' | 'upcoming' | 'ended';

export interface TimelineStep {
  key: string;
  label: string;
  detail: string | null;
  state: StepState;
}

/** The phase in a word or two, for the timeline and for announcements. */
const phaseLabel: Record<PassPhase, Message> = {
  waiting: m.phaseWaiting,
  'not-yet-valid': m.phaseNotYetValid,
  used: m.phaseUsed,
  gone: m.phaseUsed,
  expired: m.phaseExpired,
  revoked: m.phaseRevoked,
  disabled: m.phaseDisabled,
};

const finished = new Set<PassPhase>(['used', 'gone', 'expired', 'revoked', 'disabled']);

const outcome: Record<PassPhase, { detail: Message | null; state: StepState }> = {
  waiting: { detail: null, state: 'upcoming' },
  'not-yet-valid': { detail: null, state: 'upcoming' },
  used: { detail: m.usedDetail, state: 'done' },
  gone: { detail: m.goneDetail, state: 'done' },
  expired: { detail: m.expiredDetail, state: 'ended' },
  revoked: { detail: m.revokedDetail, state: 'ended' },
  disabled: { detail: m.disabledDetail, state: 'ended' },
};

const waitingDetail = (phase: PassPhase, issued: ExistingPass): string | null => {
  if (phase === 'not-yet-valid') return issued.startDateTime ? translate(m.notYetValidFrom, { date: formatLocal(issued.startDateTime) }) : translate(m.notYetValidDetail);
  // Graph reports use only for one-time passes; for the others a new method is the sign of arrival.
  return issued.isUsableOnce ? null : translate(m.multiUseWaiting);
};

/**
 * Waiting for first sign-in → pass used → new method registered, as far as Graph shows it, worded in the UI's
 * language of the moment.
 */
export const timelineSteps = (progress: HandoffProgress, issued: ExistingPass): TimelineStep[] => {
  const { phase, newMethods } = progress;
  const signedIn = phase === 'used' || phase === 'gone' || newMethods.length > 0;
  const waitingOver = signedIn || finished.has(phase);
  const { detail, state } = outcome[phase];
  const steps: TimelineStep[] = [
    {
      key: 'waiting',
      label: translate(m.phaseWaiting),
      detail: waitingOver ? null : waitingDetail(phase, issued),
      state: signedIn ? 'done' : waitingOver ? 'ended' : 'current',
    },
    { key: 'outcome', label: translate(finished.has(phase) ? phaseLabel[phase] : m.phaseUsed), detail: detail && translate(detail), state },
  ];
  if (newMethods.length === 0) {
    return [...steps, { key: 'method', label: translate(m.methodStep), detail: null, state: 'upcoming' }];
  }
  return [
    ...steps,
    ...newMethods.map((method): TimelineStep => ({ key: `method-${method.id}`, label: translate(m.newMethodStep, { method: methodText(method) }), detail: null, state: 'done' })),
  ];
};

/** What a screen reader hears when the progress changed between two polls; null when nothing did. */
export const progressChange = (before: HandoffProgress, after: HandoffProgress): string | null => {
  const seen = new Set(before.newMethods.map((method) => method.id));
  const parts = [
    ...(phaseLabel[after.phase] !== phaseLabel[before.phase] ? [translate(m.phaseChanged, { phase: translate(phaseLabel[after.phase]) })] : []),
    ...after.newMethods.filter((method) => !seen.has(method.id)).map((method) => translate(m.newMethodAnnounced, { method: methodText(method) })),
  ];
  return parts.length > 0 ? parts.join(' ') : null;
};
