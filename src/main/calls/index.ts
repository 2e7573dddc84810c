export { callsHandlers } from './calls-handlers';
export { InFlightCalls } from './in-flight-calls';
