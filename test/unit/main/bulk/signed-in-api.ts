import type { RunningEmulator } from '../../../../src/emulator';
import { failure } from '../../../../src/main/app-failure';
import { GraphApi } from '../../../../src/main/graph/graph-api';
import { connectGraph } from '../../../../src/main/graph/graph-client';
import { CallLimits } from '../../../../src/main/net/call-limits';

/**
 * A GraphApi signed in as `username` against the emulator, asking for exactly the permissions each call names, as
 * the desk's token source does. A permission the tenant never granted fails the token as MSAL's consent_required
 * reaches main, so the caller sees what it would see in the app; `scopes` instead fixes what every token holds.
 */
export const signedInApi = (emulator: RunningEmulator, username: string, scopes?: string[]): GraphApi => {
  const tokens = async (permissions: readonly string[]) => {
    try {
      return (await emulator.control.issueToken({ username, scopes: scopes ?? [...permissions] })).access_token;
    } catch (error) {
      if (error instanceof Error && error.message.includes('AADSTS65001')) throw failure('consent_required', error.message);
      throw error;
    }
  };
  return new GraphApi(connectGraph(emulator.graphHost, emulator.caCertPem, tokens, new CallLimits()));
};
