// Words for every wait on Microsoft, and a way to stop waiting, for any request the screen makes.
export { followCalls, useCallsStore } from './calls-store';
export { callsCatalogue } from './translations';
export { WaitNotice } from './wait-notice';
