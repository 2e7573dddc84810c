// What the service desk needs to look into a problem at this desk: the diagnostics on the clipboard, the log's place.
export { HelpMenu } from './help-menu';
export { diagnosticsCatalogue } from './translations';
export { useDiagnosticsStore } from './diagnostics-store';
