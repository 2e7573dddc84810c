import { z } from 'zod';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from '../issuing';
import { languageTagSchema } from '../languages';
import { defaultNotificationTemplates, notificationTemplateSchema, templateProblems } from '../notify';

const optionalEmail = z.union([z.literal(''), z.email('Enter an e-mail address such as servicedesk@contoso.com')]);
const optionalHttpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'Enter an https:// address' })]);
/** A logo file TAP Desk copied into its own data folder; only that folder is ever read. */
export const logoFileSchema = z.string().regex(/^[a-z0-9-]{1,100}\.(png|jpg|gif|webp)$/);

/** One tenant profile's own defaults, service desk and wording; no secrets ever live here. */
export const tenantSettingsSchema = z
  .strictObject({
    version: z.literal(2),
    defaults: z.strictObject({
      /** Null: the tenant policy's default lifetime. */
      lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).nullable(),
      isUsableOnce: z.boolean(),
      /** Minutes from now the pass starts; 0 means immediately. */
      startOffsetMinutes: z.number().int().min(0).max(7 * 24 * 60),
      autoHideSeconds: z.number().int().min(15, 'At least 15 seconds').max(900, 'At most 15 minutes'),
      clipboardClearSeconds: z.number().int().min(5, 'At least 5 seconds').max(300, 'At most 5 minutes'),
    }),
    serviceDesk: z.strictObject({
      name: z.string().trim().max(120),
      email: optionalEmail,
      phone: z.string().trim().max(40).regex(/^[0-9+()\-\s./]*$/, 'Digits, spaces and + ( ) - . / only'),
      portalUrl: optionalHttpsUrl,
    }),
    branding: z.strictObject({
      /** Printed on slips and used in mails instead of the profile label when set. */
      displayName: z.string().trim().max(120),
      accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as #0F6CBD'),
      logoFile: logoFileSchema.nullable(),
    }),
    languages: z.strictObject({
      defaultLanguage: languageTagSchema,
      /** Usage location (ISO country) → language, for people without a preferred language. */
      byUsageLocation: z.record(z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code'), languageTagSchema),
    }),
    notifications: z.strictObject({
      /** Offer the e-mail notice after a pass is issued. */
      enabled: z.boolean(),
      /** Empty: sent as the signed-in technician; otherwise a shared mailbox they may send as. */
      sendFrom: optionalEmail,
      /** What is ticked when the send panel opens; the technician chooses per send. */
      recipients: z.strictObject({
        user: z.boolean(),
        manager: z.boolean(),
        cc: z.array(z.email('Enter e-mail addresses such as it-security@contoso.com')).max(10, 'At most 10 addresses'),
      }),
      /** `{{pass}}` is a bearer credential in a mailbox: only with the acknowledgement, never to the person's own mailbox. */
      passInMail: z
        .strictObject({ enabled: z.boolean(), acknowledged: z.boolean() })
        .refine((value) => !value.enabled || value.acknowledged, { message: 'Confirm that you understand the risk first', path: ['acknowledged'] }),
      templates: z.record(languageTagSchema, notificationTemplateSchema),
    }),
  })
  .superRefine((settings, context) => {
    const { templates, passInMail } = settings.notifications;
    for (const [language, template] of Object.entries(templates)) {
      for (const problem of templateProblems(template, { passAllowed: passInMail.enabled })) {
        context.addIssue({ code: 'custom', path: ['notifications', 'templates', language, problem.field], message: problem.message });
      }
    }
    if (settings.notifications.enabled && Object.keys(templates).length === 0) {
      context.addIssue({ code: 'custom', path: ['notifications', 'templates'], message: 'Add a template in at least one language' });
    }
  });
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const defaultTenantSettings = (): TenantSettings => ({
  version: 2,
  defaults: { lifetimeInMinutes: null, isUsableOnce: true, startOffsetMinutes: 0, autoHideSeconds: 120, clipboardClearSeconds: 30 },
  serviceDesk: { name: '', email: '', phone: '', portalUrl: '' },
  branding: { displayName: '', accentColor: '#0F6CBD', logoFile: null },
  languages: {
    defaultLanguage: 'en',
    byUsageLocation: { DE: 'de', AT: 'de', CH: 'de', LI: 'de', FR: 'fr', BE: 'fr', LU: 'fr', MC: 'fr', BR: 'pt', PT: 'pt', JP: 'ja' },
  },
  notifications: {
    enabled: false,
    sendFrom: '',
    recipients: { user: true, manager: false, cc: [] },
    passInMail: { enabled: false, acknowledged: false },
    templates: defaultNotificationTemplates(),
  },
});

export const tenantSettingsViewSchema = z.object({
  settings: tenantSettingsSchema,
  /** Set when the stored settings could not be read and defaults are shown instead (the old copy is kept). */
  problem: z.string().nullable(),
  /** The logo as a data: URL, read from TAP Desk's own copy. */
  logoDataUrl: z.string().nullable(),
});
export type TenantSettingsView = z.infer<typeof tenantSettingsViewSchema>;
