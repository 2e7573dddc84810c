import {
  policyRange,
  withinRange,
  type AuthMethod,
  type CreateTapInput,
  type DeskCapability,
  type LifetimeRange,
  type PreflightFinding,
  type TapContext,
  type TenantSettings,
  type UserDetails,
} from '../../../../shared';
import { addMinutes, parseLocalInput, toIsoWithOffset, toLocalInputValue } from '../../format/date-time';
import { translate } from '../../ui/i18n/translate';
import { findingText } from './finding-text';
import { defaultLifetime, lifetimeProblem } from './lifetime';
import { issuingMessages as m } from './messages';

export type StartMode = 'now' | 'at';

/** The create form's values for one person, plus what the tenant allows for them. */
export interface PassDraft {
  userId: string;
  displayName: string;
  /** What tells the person's own language, so the handoff reads the pass out in their spelling alphabet. */
  person: Pick<UserDetails, 'preferredLanguage' | 'usageLocation'>;
  range: LifetimeRange | null;
  policyDefault: number | null;
  /** The tenant settings' lifetime, when it is what the form preselected. */
  tenantDefault: number | null;
  lifetimeText: string;
  isUsableOnce: boolean;
  oneTimeForced: boolean;
  startMode: StartMode;
  /** `datetime-local` value. */
  startLocal: string;
  /** Earliest `datetime-local` value accepted, taken when the technician chose a start time. */
  startMin: string;
  /** The pass the technician was shown for this person: the only one Create may replace. */
  existingPassId: string | null;
  replaceExisting: boolean;
  /** The first blocking pre-flight finding. */
  blockedBy: PreflightFinding | null;
  /** Methods registered at lookup, so the handoff can tell which ones the person added with the pass. */
  knownMethods: AuthMethod[] | null;
}

export type EditableDraft = Pick<PassDraft, 'lifetimeText' | 'isUsableOnce' | 'startLocal' | 'replaceExisting'>;

export type PassDefaults = TenantSettings['defaults'];

/** The tenant settings' lifetime wins unless the tenant's known range would refuse it. */
const tenantLifetime = (defaults: PassDefaults | null, range: LifetimeRange | null): number | null => {
  const preferred = defaults?.lifetimeInMinutes ?? null;
  return preferred !== null && (range === null || withinRange(preferred, range)) ? preferred : null;
};

/**
 * A range the service reported earlier outranks the policy as read, which may be stale or missing.
 * `defaults` are the tenant settings' pass defaults, null while they are not known.
 */
export const draftFor = (context: TapContext, learnedRange: LifetimeRange | null, defaults: PassDefaults | null, now: Date): PassDraft => {
  const { policy } = context;
  const range = learnedRange ?? policyRange(policy);
  const policyDefault = policy?.defaultLifetimeInMinutes ?? null;
  const tenantDefault = tenantLifetime(defaults, range);
  const oneTimeForced = policy?.isUsableOnce ?? false;
  const startOffset = defaults?.startOffsetMinutes ?? 0;
  return {
    userId: context.user.id,
    displayName: context.user.displayName,
    person: { preferredLanguage: context.user.preferredLanguage, usageLocation: context.user.usageLocation },
    range,
    policyDefault,
    tenantDefault,
    lifetimeText: String(tenantDefault ?? defaultLifetime(range, policyDefault)),
    isUsableOnce: oneTimeForced || (defaults?.isUsableOnce ?? false),
    oneTimeForced,
    startMode: startOffset > 0 ? 'at' : 'now',
    startLocal: startOffset > 0 ? toLocalInputValue(addMinutes(now, startOffset)) : '',
    startMin: startOffset > 0 ? toLocalInputValue(now) : '',
    existingPassId: context.existingPass?.id ?? null,
    replaceExisting: false,
    blockedBy: context.findings.find((finding) => finding.severity === 'block') ?? null,
    knownMethods: context.methods,
  };
};

const startProblem = (draft: PassDraft): string | null => {
  if (draft.startMode === 'now') return null;
  if (!parseLocalInput(draft.startLocal)) return translate(m.startMissing);
  if (draft.startLocal < draft.startMin) return translate(m.startInPast);
  return null;
};

interface DraftCheck {
  lifetime: string | null;
  start: string | null;
  /** Why Create is unavailable, in the order the technician should deal with it. */
  blocker: string | null;
}

/** `desk`: what the technician's role allows, so a person the role cannot serve is told which role to ask for. */
export const checkDraft = (draft: PassDraft, desk?: DeskCapability): DraftCheck => {
  const lifetime = lifetimeProblem(draft.lifetimeText, draft.range);
  const start = startProblem(draft);
  const reason =
    (draft.blockedBy ? findingText(draft.blockedBy, desk) : null) ??
    (lifetime ? m.correctLifetimeFirst : null) ??
    (start ? m.correctStartFirst : null) ??
    (draft.existingPassId !== null && !draft.replaceExisting ? m.replaceFirst : null);
  const blocker = reason ? translate(reason) : null;
  return { lifetime, start, blocker };
};

export const toCreateInput = (draft: PassDraft): CreateTapInput => {
  const start = draft.startMode === 'at' ? parseLocalInput(draft.startLocal) : null;
  return {
    userId: draft.userId,
    lifetimeInMinutes: Number(draft.lifetimeText),
    isUsableOnce: draft.isUsableOnce,
    ...(start ? { startDateTime: toIsoWithOffset(start) } : {}),
    replacePassId: draft.replaceExisting ? draft.existingPassId : null,
  };
};
