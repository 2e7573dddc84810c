import type { PreflightFinding, TapPolicy } from '../../shared';
import type { DirectoryUser } from '../graph/graph-api';
import { canIssueForPrivileged, isExternalGuest, isPrivilegedTarget } from '../../shared';

export interface PreflightInput {
  user: DirectoryUser;
  technicianId: string;
  /** Null when the technician's role cannot read the policy. */
  policy: TapPolicy | null;
  /** Directly assigned role template ids; null when they could not be read. */
  technicianRoleIds: string[] | null;
  targetRoleIds: string[] | null;
  /** False when Graph refused to show this person's methods to the technician. */
  canReadMethods: boolean;
}

/**
 * What can be known before pressing Create. Blocks are certain refusals by the service; warnings are
 * either harmless-but-surprising or based on role data that may be incomplete (group or PIM roles).
 */
export const preflight = ({ user, technicianId, policy, technicianRoleIds, targetRoleIds, canReadMethods }: PreflightInput): PreflightFinding[] => {
  const findings: PreflightFinding[] = [];
  if (policy?.state === 'disabled') {
    findings.push({ severity: 'block', code: 'policy_disabled' });
  }
  if (user.id === technicianId) {
    findings.push({ severity: 'block', code: 'self_target' });
  }
  if (isExternalGuest(user)) {
    findings.push({ severity: 'block', code: 'external_guest' });
  }
  if (user.accountEnabled === false) {
    findings.push({ severity: 'warn', code: 'account_disabled' });
  }
  const privileged = targetRoleIds !== null && isPrivilegedTarget(targetRoleIds);
  if (privileged && !(technicianRoleIds && canIssueForPrivileged(technicianRoleIds))) {
    findings.push({
      // Graph refusing to even show the methods confirms what the role data suggests.
      severity: canReadMethods ? 'warn' : 'block',
      code: 'privileged_target',
    });
  } else if (!canReadMethods && user.id !== technicianId) {
    findings.push({ severity: 'block', code: 'insufficient_role' });
  }
  return findings;
};
