import { z } from 'zod';
import { journalPersonSchema, journalRecordSchema } from './journal-entry';

/** Where a row of the tenant view comes from: this desk's journal, Entra's directory audit log, or both. */
export const passSourceSchema = z.enum(['desk', 'entra']);

/** One pass event in the tenant: issued or deleted, by anyone. */
export const tenantPassEventSchema = z.object({
  /** Stable within one answer: the audit event's id, or the desk entry's sequence number. */
  key: z.string(),
  at: z.iso.datetime(),
  kind: z.enum(['issued', 'deleted']),
  person: journalPersonSchema,
  /** Who did it: a person, or an app (automation) with its name; null parts when the log does not say. */
  initiatedBy: z.object({
    id: z.string().nullable(),
    userPrincipalName: z.string().nullable(),
    displayName: z.string().nullable(),
    app: z.string().nullable(),
  }),
  sources: z.array(passSourceSchema).min(1),
  /** The person holds a directory role (a pass for them is a way into an admin account); null when unknown. */
  privileged: z.boolean().nullable(),
  /** The desk's own entry, when this desk did it. */
  desk: journalRecordSchema.nullable(),
});
export type TenantPassEvent = z.infer<typeof tenantPassEventSchema>;

/** Whether Entra's log could be read: it needs AuditLog.Read.All and a reader role. */
export const auditLogAccessSchema = z.enum(['read', 'consent_required', 'role_required', 'unavailable']);
export type AuditLogAccess = z.infer<typeof auditLogAccessSchema>;

export const tenantPassesSchema = z.object({
  events: z.array(tenantPassEventSchema),
  auditLog: auditLogAccessSchema,
  /** The audit log had more events in the range than one answer holds; narrow the range. */
  truncated: z.boolean(),
});
export type TenantPasses = z.infer<typeof tenantPassesSchema>;
