import { z } from 'zod';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from '../issuing';
import { languageTagSchema } from '../languages';
import { defaultNotificationTemplates, notificationTemplateSchema, templateProblems, type TemplateProblem } from '../notify';
import { lockableSettingSchema } from './lockable-settings';
import type { LogoRefusal } from './logo-image';

const optionalEmail = z.union([z.literal(''), z.email()]);
const optionalHttpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/ })]);
/** A logo file TAP Desk copied into its own data folder; only that folder is ever read. */
export const logoFileSchema = z.string().regex(/^[a-z0-9-]{1,100}\.(png|jpg|gif|webp)$/);

/** A template problem as logs and technical details show it: its code and parameters, e.g. `unknown_tag {"tag":"vorname",…}`. */
const logText = ({ field: _field, code, ...parameters }: TemplateProblem): string =>
  Object.keys(parameters).length === 0 ? code : `${code} ${JSON.stringify(parameters)}`;

/** A month keeps the "today" panel and this month's report; ten years covers any retention rule we know of. */
export const JOURNAL_MIN_RETENTION_MONTHS = 1;
export const JOURNAL_MAX_RETENTION_MONTHS = 120;
/** Thirteen months: a full year back from any day of the current month. */
export const JOURNAL_DEFAULT_RETENTION_MONTHS = 13;

/**
 * A cohort's passes wait in main's memory for their people to reach the desk: at least a short queue, at most a
 * working day; four hours covers a morning's onboarding session.
 */
export const BULK_MIN_HOLD_MINUTES = 10;
export const BULK_MAX_HOLD_MINUTES = 720;
export const BULK_DEFAULT_HOLD_MINUTES = 240;

/**
 * One tenant profile's own defaults, service desk and wording; no secrets ever live here. These are its fields
 * and their types; `tenantSettingsSchema` adds the rules across fields (templates).
 */
export const tenantSettingsFieldsSchema = z.strictObject({
  version: z.literal(4),
  defaults: z.strictObject({
    /** Null: the tenant policy's default lifetime. */
    lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).nullable(),
    isUsableOnce: z.boolean(),
    /** Minutes from now the pass starts; 0 means immediately. */
    startOffsetMinutes: z.number().int().min(0).max(7 * 24 * 60),
    autoHideSeconds: z.number().int().min(15).max(900),
    clipboardClearSeconds: z.number().int().min(5).max(300),
  }),
  serviceDesk: z.strictObject({
    name: z.string().trim().max(120),
    email: optionalEmail,
    phone: z.string().trim().max(40).regex(/^[0-9+()\-\s./]*$/),
    portalUrl: optionalHttpsUrl,
  }),
  branding: z.strictObject({
    /** Printed on slips and used in mails instead of the profile label when set. */
    displayName: z.string().trim().max(120),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    logoFile: logoFileSchema.nullable(),
  }),
  languages: z.strictObject({
    defaultLanguage: languageTagSchema,
    /** Usage location (ISO country) → language, for people whose own preferred language has no template or slip. */
    byUsageLocation: z.record(z.string().regex(/^[A-Z]{2}$/), languageTagSchema),
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
      cc: z.array(z.email()).max(10),
    }),
    /** `{{pass}}` is a bearer credential in a mailbox: only with the acknowledgement, never to the person's own mailbox. */
    passInMail: z
      .strictObject({ enabled: z.boolean(), acknowledged: z.boolean() })
      .refine((value) => !value.enabled || value.acknowledged, { message: 'risk_not_confirmed', path: ['acknowledged'], params: { code: 'risk_not_confirmed' } }),
    templates: z.record(languageTagSchema, notificationTemplateSchema),
  }),
  journal: z.strictObject({
    /** Whole months of this desk's journal kept on this machine, the current one included. */
    retentionMonths: z.number().int().min(JOURNAL_MIN_RETENTION_MONTHS).max(JOURNAL_MAX_RETENTION_MONTHS),
  }),
  bulk: z.strictObject({
    /** How long a cohort's passes are held for the desk queue and the sheet before main wipes them. */
    holdMinutes: z.number().int().min(BULK_MIN_HOLD_MINUTES).max(BULK_MAX_HOLD_MINUTES),
  }),
});

/** The settings a tenant may save: every field valid, and its templates sendable under its own pass rule. */
export const tenantSettingsSchema = tenantSettingsFieldsSchema.superRefine((settings, context) => {
  const { templates, passInMail } = settings.notifications;
  for (const [language, template] of Object.entries(templates)) {
    for (const problem of templateProblems(template, { passAllowed: passInMail.enabled })) {
      context.addIssue({ code: 'custom', path: ['notifications', 'templates', language, problem.field], message: logText(problem), params: { code: 'template', problem } });
    }
  }
  if (settings.notifications.enabled && Object.keys(templates).length === 0) {
    context.addIssue({ code: 'custom', path: ['notifications', 'templates'], message: 'no_template', params: { code: 'no_template' } });
  }
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const defaultTenantSettings = (): TenantSettings => ({
  version: 4,
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
  journal: { retentionMonths: JOURNAL_DEFAULT_RETENTION_MONTHS },
  bulk: { holdMinutes: BULK_DEFAULT_HOLD_MINUTES },
});

/**
 * The rules of the settings the schema states in custom issues, carried in the issue's `params`; its `message`
 * is the same code, for logs. Every other issue is zod's own, worded on screen by its path and zod code.
 */
export type SettingsIssueParams = { code: 'risk_not_confirmed' } | { code: 'no_template' } | { code: 'template'; problem: TemplateProblem };

/**
 * The logo's row in an import review. A logo is an image, so its `before` and `after` are markers the screen
 * words: `present` for a logo, or the reason the logo in the file was skipped.
 */
export const logoChange = { path: 'branding.logo', present: 'present' } as const;
export type SkippedLogoReason = LogoRefusal;

export const tenantSettingsViewSchema = z.object({
  /**
   * The settings as the desk uses them. Only their fields are checked here: a setting the organisation locks can
   * leave a template the tenant saved unsendable (the pass forbidden in mails), and the form marks it for the fix.
   */
  settings: tenantSettingsFieldsSchema,
  /**
   * Set when the stored settings could not be read and defaults are shown instead (the old copy is kept);
   * `detail` says what was wrong, in the technical English of logs.
   */
  problem: z.object({ code: z.literal('stored_unreadable'), detail: z.string() }).nullable(),
  /** The logo as a data: URL, read from TAP Desk's own copy. */
  logoDataUrl: z.string().nullable(),
  /** The settings the organisation fixes for this profile (managed configuration); absent when it fixes none. */
  locked: z.array(lockableSettingSchema).optional(),
});
export type TenantSettingsView = z.infer<typeof tenantSettingsViewSchema>;
