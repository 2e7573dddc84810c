import type { Router } from '../../src/main/ipc/router';
import type { Channel, InputOf, OutputOf, Result } from '../../src/shared';

/** Calls main's router as the app's own page does: `call` answers the Result, `value` the value or throws. */
export const routerCalls = (router: Router) => {
  const call = <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) =>
    router.dispatch(channel, { url: 'test', isMainFrame: true }, input[0]) as Promise<Result<OutputOf<C>>>;
  const value = async <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) => {
    const result = await call(channel, ...input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} ${result.error.detail ?? ''}`);
    return result.value;
  };
  return { call, value };
};
