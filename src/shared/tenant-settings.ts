import { z } from 'zod';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from './domain';

const optionalEmail = z.union([z.literal(''), z.email('Enter an e-mail address such as servicedesk@contoso.com')]);
const optionalHttpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'Enter an https:// address' })]);
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag such as de or pt-BR');

/** One tenant profile's own defaults, service desk and wording; no secrets ever live here. */
export const tenantSettingsSchema = z.object({
  version: z.literal(1),
  defaults: z.object({
    /** Null: the tenant policy's default lifetime. */
    lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).nullable(),
    isUsableOnce: z.boolean(),
    /** Minutes from now the pass starts; 0 means immediately. */
    startOffsetMinutes: z.number().int().min(0).max(7 * 24 * 60),
    autoHideSeconds: z.number().int().min(15, 'At least 15 seconds').max(900, 'At most 15 minutes'),
    clipboardClearSeconds: z.number().int().min(5, 'At least 5 seconds').max(300, 'At most 5 minutes'),
  }),
  serviceDesk: z.object({
    name: z.string().trim().max(120),
    email: optionalEmail,
    phone: z.string().trim().max(40).regex(/^[0-9+()\-\s./]*$/, 'Digits, spaces and + ( ) - . / only'),
    portalUrl: optionalHttpsUrl,
  }),
  branding: z.object({
    /** Printed on slips and used in mails instead of the profile label when set. */
    displayName: z.string().trim().max(120),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as #0F6CBD'),
  }),
  languages: z.object({
    defaultLanguage: languageTag,
    /** Usage location (ISO country) → language, for people without a preferred language. */
    byUsageLocation: z.record(z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code'), languageTag),
  }),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const defaultTenantSettings = (): TenantSettings => ({
  version: 1,
  defaults: { lifetimeInMinutes: null, isUsableOnce: true, startOffsetMinutes: 0, autoHideSeconds: 120, clipboardClearSeconds: 30 },
  serviceDesk: { name: '', email: '', phone: '', portalUrl: '' },
  branding: { displayName: '', accentColor: '#0F6CBD' },
  languages: {
    defaultLanguage: 'en',
    byUsageLocation: { DE: 'de', AT: 'de', CH: 'de', LI: 'de', FR: 'fr', BE: 'fr', LU: 'fr', MC: 'fr', BR: 'pt', PT: 'pt', JP: 'ja' },
  },
});

export const tenantSettingsViewSchema = z.object({
  settings: tenantSettingsSchema,
  /** Set when the stored settings could not be read and defaults are shown instead (the old copy is kept). */
  problem: z.string().nullable(),
});
export type TenantSettingsView = z.infer<typeof tenantSettingsViewSchema>;
