import { passwordMethodId } from '../fixture/demo-methods.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { RegisteredMethod, TapRecord, UserRecord } from '../state/model.js';

export type UsabilityReason = 'EnabledByPolicy' | 'DisabledByPolicy' | 'Expired' | 'NotYetValid' | 'OneTimeUsed';

/**
 * Worked out on every read, like the service: a pass can expire, be used up, or fall out of policy after it was made.
 * https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethod
 */
const reasonFor = (state: EmulatorState, record: UserRecord, tap: TapRecord): UsabilityReason => {
  const now = state.now();
  if (tap.isUsableOnce && tap.usedAt !== null) return 'OneTimeUsed';
  if (now >= tap.startsAt + tap.lifetimeInMinutes * 60_000) return 'Expired';
  if (now < tap.startsAt) return 'NotYetValid';
  if (state.policy.state !== 'enabled' || !state.isInPolicyScope(record)) return 'DisabledByPolicy';
  return 'EnabledByPolicy';
};

export const usabilityOf = (state: EmulatorState, record: UserRecord, tap: TapRecord): { isUsable: boolean; methodUsabilityReason: UsabilityReason } => {
  const reason = reasonFor(state, record, tap);
  return { isUsable: reason === 'EnabledByPolicy', methodUsabilityReason: reason };
};

/** `temporaryAccessPass` carries the code only in the create response; every read returns null. */
export const tapView = (state: EmulatorState, record: UserRecord, tap: TapRecord, pass: string | null = null): Record<string, unknown> => ({
  '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
  id: tap.id,
  temporaryAccessPass: pass,
  createdDateTime: new Date(tap.createdAt).toISOString(),
  startDateTime: new Date(tap.startsAt).toISOString(),
  lifetimeInMinutes: tap.lifetimeInMinutes,
  isUsableOnce: tap.isUsableOnce,
  ...usabilityOf(state, record, tap),
});

const registeredView = (method: RegisteredMethod): Record<string, unknown> => ({
  '@odata.type': `#microsoft.graph.${method.kind}AuthenticationMethod`,
  id: method.id,
  ...method.properties,
});

/** Everyone has a password method; it never reveals the password. */
export const methodsOf = (state: EmulatorState, record: UserRecord): Array<Record<string, unknown>> => [
  { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: passwordMethodId, password: null, createdDateTime: '2024-11-04T08:30:00Z' },
  ...record.methods.map(registeredView),
  ...(record.tap ? [tapView(state, record, record.tap)] : []),
];
