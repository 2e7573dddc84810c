/** What the service desk needs to look into a problem at this desk. */
export const diagnosticsChannels = {
  'diagnostics:copy': 'copyDiagnostics',
} as const;
