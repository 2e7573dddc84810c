import type { EmulatorState } from '../state/emulator-state.js';
import type { AuditModifiedProperty, MethodKind, PassAuditEntry, RegisteredMethod, TapRecord, UserRecord } from '../state/model.js';
import { appendAuthenticationMethodsEvent, loopbackAddress, personalDeviceAddress, type AuditActor } from './directory-audit-log.js';

/** Who changed a pass; the pass trail names the control surface's "another desk" `control`. */
export interface PassActor extends AuditActor {
  viaControl: boolean;
}

/** The signed-in caller of a Graph request. */
export const graphCaller = (caller: UserRecord): PassActor => ({ record: caller, ipAddress: loopbackAddress, viaControl: false });

/**
 * A pass's settings as the audit log lists them. The names are those hunting queries read from today's records
 * (https://github.com/nicolonsky/ITDR/blob/main/Queries/Entra-TAP-Issuance.md); older records named them
 * `TemporaryAccessPass.Id`, `….StartDateTime`, `….EndDateTime`. Usage is `Multiple` in the records seen; the
 * word for a one-time pass is not documented, `OneTime` is the emulator's choice.
 */
const passSettings: Record<string, (tap: TapRecord) => string> = {
  Id: (tap) => tap.id,
  StartDateTime: (tap) => new Date(tap.startsAt).toISOString(),
  EndTime: (tap) => new Date(tap.startsAt + tap.lifetimeInMinutes * 60_000).toISOString(),
  AccessPassUsage: (tap) => (tap.isUsableOnce ? 'OneTime' : 'Multiple'),
};

/** Values are JSON text, an empty string where there was none (`"oldValue": "\"\""` in the records seen). */
const passChange = (before: TapRecord | null, after: TapRecord | null): AuditModifiedProperty[] =>
  Object.entries(passSettings).map(([name, valueOf]) => ({
    displayName: `TemporaryAccessPass.TemporaryAccessPass.${name}`,
    oldValue: JSON.stringify(before ? valueOf(before) : ''),
    newValue: JSON.stringify(after ? valueOf(after) : ''),
  }));

const addToTrail = (state: EmulatorState, entry: Omit<PassAuditEntry, 'at' | 'initiatedBy'>, actor: PassActor): void => {
  state.passAudit.push({ at: state.now(), ...entry, initiatedBy: actor.viaControl ? 'control' : actor.record.user.id });
};

/**
 * "Admin registered security info" with the reason "Admin registered temporary access pass method for user", category
 * UserManagement (https://learn.microsoft.com/entra/architecture/security-operations-privileged-accounts#changes-to-privileged-accounts).
 * A new pass deletes the person's previous one ("the previous Temporary Access Pass will be deleted",
 * https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods); the docs do not say that
 * the log records that deletion as an event of its own, so the emulator writes the one registration and shows the
 * replaced pass as the old values of its modified properties.
 */
export const recordPassCreated = (state: EmulatorState, target: UserRecord, tap: TapRecord, actor: PassActor): void => {
  const replaced = target.tap;
  addToTrail(state, { activity: 'create', userId: target.user.id, passId: tap.id, replacedPassId: replaced?.id ?? null }, actor);
  appendAuthenticationMethodsEvent(state, {
    activity: 'Admin registered security info',
    resultReason: 'Admin registered temporary access pass method for user',
    actor,
    target,
    modifiedProperties: passChange(replaced, tap),
  });
};

/**
 * "Admin deleted security info", one of the Authentication Methods activities
 * (https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities#authentication-methods), with
 * the reason "Admin deleted temporary access pass method for user" as the log shows it
 * (https://janbakker.tech/microsoft-365-end-user-notifications-for-changes-in-authentication-methods/).
 */
export const recordPassDeleted = (state: EmulatorState, target: UserRecord, tap: TapRecord, actor: PassActor): void => {
  addToTrail(state, { activity: 'delete', userId: target.user.id, passId: tap.id, replacedPassId: null }, actor);
  appendAuthenticationMethodsEvent(state, {
    activity: 'Admin deleted security info',
    resultReason: 'Admin deleted temporary access pass method for user',
    actor,
    target,
    modifiedProperties: passChange(tap, null),
  });
};

/**
 * The reason a person's own registration gives, per method. Seen in the log: "User registered Fido2 Authentication
 * Method" (Microsoft's example output,
 * https://learn.microsoft.com/powershell/module/microsoft.entra.beta.reports/get-entrabetaauditdirectorylog),
 * "User registered Authenticator App with Notification and Code" and "User registered Mobile Phone SMS"
 * (https://janbakker.tech/microsoft-365-end-user-notifications-for-changes-in-authentication-methods/). The docs are
 * silent on the others; the emulator words them the same way, a code-only app as the Authenticator App with Code.
 */
const registrationReasons: Record<MethodKind, string> = {
  fido2: 'User registered Fido2 Authentication Method',
  microsoftAuthenticator: 'User registered Authenticator App with Notification and Code',
  phone: 'User registered Mobile Phone SMS',
  softwareOath: 'User registered Authenticator App with Code',
  email: 'User registered Email',
  windowsHelloForBusiness: 'User registered Windows Hello for Business',
};

/** "User registered security info" (https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities#authentication-methods), by the person, for themselves. */
export const recordMethodRegistered = (state: EmulatorState, person: UserRecord, method: RegisteredMethod): void => {
  appendAuthenticationMethodsEvent(state, {
    activity: 'User registered security info',
    resultReason: registrationReasons[method.kind],
    actor: { record: person, ipAddress: personalDeviceAddress },
    target: person,
    modifiedProperties: [],
  });
};
