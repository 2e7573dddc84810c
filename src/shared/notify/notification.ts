import { z } from 'zod';
import { languageTagSchema } from '../languages';
import { userIdSchema } from '../people';

export const languageSourceSchema = z.enum(['preferredLanguage', 'usageLocation', 'tenantDefault', 'fallback', 'chosen']);
export type LanguageSource = z.infer<typeof languageSourceSchema>;

export const recipientChoiceSchema = z.strictObject({
  user: z.boolean(),
  manager: z.boolean(),
  cc: z.array(z.email()).max(10),
});
export type RecipientChoice = z.infer<typeof recipientChoiceSchema>;

export const prepareNotificationInputSchema = z.strictObject({
  userId: userIdSchema,
  /**
   * Put the pass main issued to this person into the mail, while main still holds it; only when the tenant
   * allows `{{pass}}` and the mail does not go to the person's own mailbox.
   */
  includePass: z.boolean().optional(),
  /** Omitted: chosen from the person's language and the tenant's map. */
  language: languageTagSchema.optional(),
  /** Omitted: the tenant's defaults. */
  recipients: recipientChoiceSchema.optional(),
});
export type PrepareNotificationInput = z.infer<typeof prepareNotificationInputSchema>;

const mailbox = z.object({ name: z.string(), address: z.string() });

/**
 * What stops a draft from being sent, as a case the screen words; each code is also the `reason` of the
 * error a send of that draft would get.
 */
export const notificationBlockerSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no_recipient') }),
  /** The mail holds the pass and `address` reaches the person's own mailbox. */
  z.object({ code: z.literal('pass_to_own_mailbox'), address: z.string() }),
  /** The template asks for the pass, but main no longer holds it for the screen. */
  z.object({ code: z.literal('pass_not_on_screen') }),
  /** The template names the pass, which the tenant's settings (or the organisation) no longer allow in mails. */
  z.object({ code: z.literal('pass_forbidden_in_mail') }),
  /** The person's aliases could not be read, so no recipient can be ruled out as their own mailbox. */
  z.object({ code: z.literal('other_addresses_unreadable') }),
]);
export type NotificationBlocker = z.infer<typeof notificationBlockerSchema>;

/** Why there is no manager to choose: none is set in Entra ID, or the technician's role cannot read it. */
export const managerMissingSchema = z.enum(['not_set', 'not_readable']);
export type ManagerMissing = z.infer<typeof managerMissingSchema>;

/** A rendered mail exactly as it would be sent, with why each choice was made and what blocks sending. */
export const notificationDraftSchema = z.object({
  draftId: z.string(),
  language: z.string(),
  languageSource: languageSourceSchema,
  /** Languages the tenant has a template for. */
  languages: z.array(z.string()),
  /** The technician's own mailbox, or the tenant's shared mailbox. */
  from: z.object({ address: z.string(), sharedMailbox: z.boolean() }),
  /** The person's mailbox: `mail`, or their sign-in name when they have none (the runbook's rule). */
  person: mailbox.extend({ viaUserPrincipalName: z.boolean() }),
  manager: mailbox.nullable(),
  /** Why there is no manager to choose, when there is none. */
  managerMissing: managerMissingSchema.nullable(),
  recipients: recipientChoiceSchema,
  to: z.array(mailbox),
  cc: z.array(mailbox),
  subject: z.string(),
  html: z.string(),
  containsPass: z.boolean(),
  /** Reasons this draft cannot be sent as it stands. */
  blockers: z.array(notificationBlockerSchema),
});
export type NotificationDraft = z.infer<typeof notificationDraftSchema>;

export const notificationSentSchema = z.object({
  /** Graph answered 202: Exchange accepted the mail for delivery, which is not delivery. */
  acceptedAt: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
});
export type NotificationSent = z.infer<typeof notificationSentSchema>;
