/**
 * Graph's front door names the server that answered in `x-ms-ags-diagnostic`, a JSON string that support asks for
 * along with `request-id` and the time ("Reliability and support" in https://learn.microsoft.com/graph/best-practices-concept).
 * Real values name an Azure region and front-end instance; the emulator names itself.
 */
const serverInfo = JSON.stringify({
  ServerInfo: { DataCenter: 'Local Emulator', Slice: 'E', Ring: '5', ScaleUnit: '000', RoleInstance: 'EMULATOR-LOOPBACK', ADSiteName: 'LOC' },
});

export const agsDiagnosticHeader = (): Record<string, string> => ({ 'x-ms-ags-diagnostic': serverInfo });
