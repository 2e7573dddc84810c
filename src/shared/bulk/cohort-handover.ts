import { z } from 'zod';
import { errorCodeSchema } from '../errors';
import { languageTagSchema } from '../languages';

/** Who a batch's notices go to: each person's manager, or the person (never with the pass). */
export const cohortNoticeRecipientSchema = z.enum(['manager', 'person']);
export type CohortNoticeRecipient = z.infer<typeof cohortNoticeRecipientSchema>;

/** Why one row's notice cannot go: no manager set or readable, no mailbox, or the template's own problem. */
/**
 * `template_uses_pass`: the template names the pass, which a cohort's notice never carries; `manager_not_asked`:
 * the list's notify-manager column says no for this person.
 */
export const cohortNoticeBlockSchema = z.enum(['no_manager', 'manager_unreadable', 'manager_not_asked', 'no_mailbox', 'no_template', 'template_uses_pass', 'not_issued']);
export type CohortNoticeBlock = z.infer<typeof cohortNoticeBlockSchema>;

export const cohortNoticePlanRowSchema = z.object({
  line: z.number().int().positive(),
  language: languageTagSchema,
  to: z.array(z.object({ name: z.string(), address: z.string() })),
  block: cohortNoticeBlockSchema.nullable(),
});

/** The notice as the first row that can get one would receive it, and who else gets what. */
export const cohortNoticePreviewSchema = z.object({
  sample: z
    .object({
      line: z.number().int().positive(),
      subject: z.string(),
      html: z.string(),
      language: z.string(),
      from: z.object({ address: z.string(), sharedMailbox: z.boolean() }),
    })
    .nullable(),
  rows: z.array(cohortNoticePlanRowSchema),
});
export type CohortNoticePreview = z.infer<typeof cohortNoticePreviewSchema>;

export const cohortNoticeResultSchema = z.object({
  line: z.number().int().positive(),
  outcome: z.enum(['sent', 'blocked', 'failed']),
  block: cohortNoticeBlockSchema.nullable(),
  error: z.object({ code: errorCodeSchema, requestId: z.string().nullable() }).nullable(),
  acceptedAt: z.string().nullable(),
});
export type CohortNoticeResult = z.infer<typeof cohortNoticeResultSchema>;
