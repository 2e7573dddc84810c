import type { EmulatorEnvironment } from '../environment.js';
import type { EmulatorRequest } from '../http/types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { UserRecord } from '../state/model.js';

export interface GraphContext {
  request: EmulatorRequest;
  env: EmulatorEnvironment;
  state: EmulatorState;
  caller: UserRecord;
  /** The token's `scp`, lower-cased. */
  scopes: ReadonlySet<string>;
  requestId: string;
  clientRequestId: string;
}

export const hasAnyScope = (context: GraphContext, ...wanted: string[]): boolean =>
  wanted.some((scope) => context.scopes.has(scope.toLowerCase()));
