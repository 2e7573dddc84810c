import type { AuthMethod, ExistingPass, PassStatus } from '../../../../shared';
import { formatLocal } from '../../format/date-time';

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

export type StepState = 'done' | 'current' | 'upcoming' | 'ended';

export interface TimelineStep {
  key: string;
  label: string;
  detail: string | null;
  state: StepState;
}

/** The phase in a word or two, for the timeline and for announcements. */
export const phaseLabel: Record<PassPhase, string> = {
  waiting: 'Waiting for first sign-in',
  'not-yet-valid': 'Not yet valid',
  used: 'Pass used',
  gone: 'Pass used',
  expired: 'Pass expired',
  revoked: 'Revoked',
  disabled: 'Disabled by policy',
};

const finished = new Set<PassPhase>(['used', 'gone', 'expired', 'revoked', 'disabled']);

const outcome: Record<PassPhase, { detail: string | null; state: StepState }> = {
  waiting: { detail: null, state: 'upcoming' },
  'not-yet-valid': { detail: null, state: 'upcoming' },
  used: { detail: 'Its one sign-in has been used.', state: 'done' },
  gone: { detail: "It's no longer listed: used up, or removed elsewhere.", state: 'done' },
  expired: { detail: 'It can no longer be used to sign in.', state: 'ended' },
  revoked: { detail: 'It no longer works.', state: 'ended' },
  disabled: { detail: 'The tenant policy no longer allows it.', state: 'ended' },
};

const waitingDetail = (phase: PassPhase, issued: ExistingPass): string | null => {
  if (phase === 'not-yet-valid') return issued.startDateTime ? `Not yet valid: starts ${formatLocal(issued.startDateTime)}.` : 'Not yet valid.';
  // Graph reports use only for one-time passes; for the others a new method is the sign of arrival.
  return issued.isUsableOnce ? null : 'A multi-use pass reports no sign-ins: a new method shows they got in.';
};

/** Waiting for first sign-in → pass used → new method registered, as far as Graph shows it. */
export const timelineSteps = (progress: HandoffProgress, issued: ExistingPass): TimelineStep[] => {
  const { phase, newMethods } = progress;
  const signedIn = phase === 'used' || phase === 'gone' || newMethods.length > 0;
  const waitingOver = signedIn || finished.has(phase);
  const steps: TimelineStep[] = [
    {
      key: 'waiting',
      label: 'Waiting for first sign-in',
      detail: waitingOver ? null : waitingDetail(phase, issued),
      state: signedIn ? 'done' : waitingOver ? 'ended' : 'current',
    },
    { key: 'outcome', label: finished.has(phase) ? phaseLabel[phase] : 'Pass used', ...outcome[phase] },
  ];
  if (newMethods.length === 0) {
    return [...steps, { key: 'method', label: 'New method registered', detail: null, state: 'upcoming' }];
  }
  return [
    ...steps,
    ...newMethods.map((method): TimelineStep => ({ key: `method-${method.id}`, label: `New method registered: ${method.label}`, detail: null, state: 'done' })),
  ];
};

/** What a screen reader hears when the progress changed between two polls; null when nothing did. */
export const progressChange = (before: HandoffProgress, after: HandoffProgress): string | null => {
  const seen = new Set(before.newMethods.map((method) => method.id));
  const parts = [
    ...(phaseLabel[after.phase] !== phaseLabel[before.phase] ? [`${phaseLabel[after.phase]}.`] : []),
    ...after.newMethods.filter((method) => !seen.has(method.id)).map((method) => `New method registered: ${method.label}.`),
  ];
  return parts.length > 0 ? parts.join(' ') : null;
};
