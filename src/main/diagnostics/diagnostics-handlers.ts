import type { diagnosticsChannels } from '../../shared';
import type { HandlersFor } from '../ipc/router';
import type { ClipboardAccess, Log } from '../platform/ports';
import { diagnosticsReport, type DiagnosticsDeps } from './diagnostics-service';

export interface DiagnosticsHandlerDeps extends DiagnosticsDeps {
  /** The system clipboard itself: the report is no secret, so the pass's clipboard guard does not clear it. */
  clipboard: ClipboardAccess;
  log: Log;
}

export const diagnosticsHandlers = ({ clipboard, log, ...deps }: DiagnosticsHandlerDeps): HandlersFor<typeof diagnosticsChannels> => ({
  'diagnostics:copy': async () => {
    const { text, failures } = await diagnosticsReport(deps);
    await clipboard.writeText(text);
    log.info('diagnostics.copied', { failures });
    return { failures, logFile: deps.logFile };
  },
});
