import { z } from 'zod';
import { canIssueForPrivileged, canReadPassPolicy, deskRoleOf, deskRoles } from '../issuing';

/**
 * What the signed-in technician can do at the desk, from their directory roles, so the screen can say it once
 * instead of on every person's card. The three abilities are null while the roles are unknown.
 */
export const deskCapabilitySchema = z.object({
  role: z.enum(deskRoles),
  canReadPolicy: z.boolean().nullable(),
  canIssueForUsers: z.boolean().nullable(),
  canIssueForAdmins: z.boolean().nullable(),
});
export type DeskCapability = z.infer<typeof deskCapabilitySchema>;

/** `technicianRoleIds` are role template ids; null when they could not be read. */
export const deskCapabilityOf = (technicianRoleIds: readonly string[] | null): DeskCapability => {
  const role = deskRoleOf(technicianRoleIds);
  if (technicianRoleIds === null) return { role, canReadPolicy: null, canIssueForUsers: null, canIssueForAdmins: null };
  return {
    role,
    canReadPolicy: canReadPassPolicy(technicianRoleIds),
    canIssueForUsers: role === 'privileged' || role === 'authentication',
    canIssueForAdmins: canIssueForPrivileged(technicianRoleIds),
  };
};
