import type { EmulatorEnvironment } from '../environment.js';
import type { EmulatorRequest } from '../http/types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { SigningKeys } from './signing-keys.js';
import type { TokenIssuer } from './token-issuer.js';

export interface AuthorityContext {
  request: EmulatorRequest;
  env: EmulatorEnvironment;
  state: EmulatorState;
  keys: SigningKeys;
  issuer: TokenIssuer;
}
