export { diagnosticsHandlers, type DiagnosticsHandlerDeps } from './diagnostics-handlers';
export { nodeRuntime } from './diagnostics-service';
export { failureWatch, type FailureWatch } from './failure-watch';
export { RecentFailures, type RecordedFailure } from './recent-failures';
export { guardedLog, noLog, redact } from './redaction';
