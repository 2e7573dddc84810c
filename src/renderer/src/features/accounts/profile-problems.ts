import type { z } from 'zod';
import type { TenantProfileInput } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { accountsMessages as m } from './messages';

export type ProfileField = Exclude<keyof TenantProfileInput, 'id'>;

/** A field's problem as the form shows it: a message and its arguments, worded when rendered. */
export interface ProfileProblem {
  message: Message;
  values?: Record<string, number>;
}

/**
 * Words a schema issue by its field and zod code: the shared schema carries no sentences, so the form says
 * what is wrong in the technician's language.
 */
export const profileProblem = (field: ProfileField, issue: z.core.$ZodIssue): ProfileProblem => {
  switch (field) {
    case 'label':
      if (issue.code === 'too_big') return { message: m.profileNameTooLong, values: { maximum: Number(issue.maximum) } };
      return { message: m.profileNameMissing };
    case 'cloud':
      return { message: m.cloudMissing };
    case 'tenant':
      if (issue.code === 'too_big') return { message: m.tenantTooLong, values: { maximum: Number(issue.maximum) } };
      return { message: issue.code === 'too_small' ? m.tenantMissing : m.tenantInvalid };
    case 'clientId':
      return { message: m.clientIdInvalid };
  }
};
