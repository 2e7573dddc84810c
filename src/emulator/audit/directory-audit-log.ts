import { randomInt } from 'node:crypto';
import type { EmulatorState } from '../state/emulator-state.js';
import { newGuid } from '../state/ids.js';
import type { AuditModifiedProperty, DirectoryAudit, UserRecord } from '../state/model.js';

/** Who acted, and from which address the service saw them. */
export interface AuditActor {
  record: UserRecord;
  ipAddress: string;
}

/** The emulator listens on loopback only, so every Graph caller reaches it from there. */
export const loopbackAddress = '127.0.0.1';

/**
 * Addresses of the documentation range (RFC 5737) for people the emulator acts for through its control surface:
 * another desk, and a person registering a method on their own device.
 */
export const otherDeskAddress = '192.0.2.10';
export const personalDeviceAddress = '192.0.2.20';

export interface AuthenticationMethodsEvent {
  activity: string;
  resultReason: string;
  actor: AuditActor;
  target: UserRecord;
  modifiedProperties: AuditModifiedProperty[];
}

const codeCharacters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const shortCode = (): string => Array.from({ length: 5 }, () => codeCharacters.charAt(randomInt(codeCharacters.length))).join('');

/**
 * Appends an event of the Authentication Methods service. Category `UserManagement` and loggedByService
 * `Authentication Methods` are what https://learn.microsoft.com/entra/architecture/security-operations-privileged-accounts#changes-to-privileged-accounts
 * names for a pass; operationType `ServiceApi` and ids shaped `Authentication Methods_{guid}_…` are what
 * Microsoft's own example output of Get-EntraBetaAuditDirectoryLog shows for these events
 * (https://learn.microsoft.com/powershell/module/microsoft.entra.beta.reports/get-entrabetaauditdirectorylog).
 * The docs are silent on `correlationId` for these events and on `additionalDetails` for a pass: the emulator
 * gives each event a correlation id of its own, not one a client could predict, and no additional details.
 */
export const appendAuthenticationMethodsEvent = (state: EmulatorState, event: AuthenticationMethodsEvent): DirectoryAudit => {
  const correlationId = newGuid();
  const { user } = event.actor.record;
  const { target } = event;
  const audit: DirectoryAudit = {
    id: `Authentication Methods_${correlationId}_${shortCode()}_${randomInt(100_000_000, 1_000_000_000)}`,
    category: 'UserManagement',
    correlationId,
    result: 'success',
    resultReason: event.resultReason,
    activityDisplayName: event.activity,
    activityDateTime: new Date(state.now()).toISOString(),
    loggedByService: 'Authentication Methods',
    operationType: 'ServiceApi',
    initiatedBy: {
      user: { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, ipAddress: event.actor.ipAddress, homeTenantId: null, homeTenantName: null },
      app: null,
    },
    targetResources: [
      {
        id: target.user.id,
        displayName: target.user.displayName,
        type: 'User',
        userPrincipalName: target.user.userPrincipalName,
        groupType: null,
        modifiedProperties: event.modifiedProperties,
      },
    ],
    additionalDetails: [],
  };
  state.directoryAudits.push(audit);
  return audit;
};
