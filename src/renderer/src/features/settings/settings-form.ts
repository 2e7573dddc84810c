import { tenantSettingsSchema, type TenantSettings } from '../../../../shared';

/** One usage location → language pair as the technician edits it; `id` keeps a row's identity while its text changes. */
export interface LocationRow {
  id: number;
  country: string;
  language: string;
}

/** One language's notification template as edited; `id` keeps the tab while its language tag changes. */
export interface TemplateRow {
  id: number;
  language: string;
  subject: string;
  html: string;
}

/** The settings as the fields hold them: numbers as typed, the language map and templates as rows. */
export interface SettingsForm {
  lifetimeMode: 'policy' | 'minutes';
  lifetimeMinutes: string;
  isUsableOnce: boolean;
  startOffsetMinutes: string;
  autoHideSeconds: string;
  clipboardClearSeconds: string;
  serviceDeskName: string;
  serviceDeskEmail: string;
  serviceDeskPhone: string;
  portalUrl: string;
  displayName: string;
  accentColor: string;
  logoFile: string | null;
  defaultLanguage: string;
  locations: LocationRow[];
  notificationsEnabled: boolean;
  sendFrom: string;
  notifyPerson: boolean;
  notifyManager: boolean;
  /** CC addresses as typed: separated by commas, semicolons or spaces. */
  cc: string;
  passInMail: boolean;
  passAcknowledged: boolean;
  templates: TemplateRow[];
}

export type TextFieldKey = 'lifetimeMinutes' | 'startOffsetMinutes' | 'autoHideSeconds' | 'clipboardClearSeconds' | 'serviceDeskName' | 'serviceDeskEmail' | 'serviceDeskPhone' | 'portalUrl' | 'displayName' | 'accentColor' | 'defaultLanguage' | 'sendFrom' | 'cc';
export const templateKey = (row: TemplateRow, part: 'language' | 'subject' | 'html'): string => `template-${part}:${row.id}`;
export const countryKey = (row: LocationRow): string => `country:${row.id}`;
export const languageKey = (row: LocationRow): string => `language:${row.id}`;

let lastRowId = 0;
export const newRow = (country = '', language = ''): LocationRow => ({ id: ++lastRowId, country, language });
export const newTemplateRow = (language: string, subject = '', html = ''): TemplateRow => ({ id: ++lastRowId, language, subject, html });

export const ccAddresses = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

export const formOf = (settings: TenantSettings): SettingsForm => {
  const { defaults, serviceDesk, branding, languages, notifications } = settings;
  return {
    lifetimeMode: defaults.lifetimeInMinutes === null ? 'policy' : 'minutes',
    lifetimeMinutes: defaults.lifetimeInMinutes === null ? '' : String(defaults.lifetimeInMinutes),
    isUsableOnce: defaults.isUsableOnce,
    startOffsetMinutes: String(defaults.startOffsetMinutes),
    autoHideSeconds: String(defaults.autoHideSeconds),
    clipboardClearSeconds: String(defaults.clipboardClearSeconds),
    serviceDeskName: serviceDesk.name,
    serviceDeskEmail: serviceDesk.email,
    serviceDeskPhone: serviceDesk.phone,
    portalUrl: serviceDesk.portalUrl,
    displayName: branding.displayName,
    accentColor: branding.accentColor,
    logoFile: branding.logoFile,
    defaultLanguage: languages.defaultLanguage,
    locations: Object.entries(languages.byUsageLocation).map(([country, language]) => newRow(country, language)),
    notificationsEnabled: notifications.enabled,
    sendFrom: notifications.sendFrom,
    notifyPerson: notifications.recipients.user,
    notifyManager: notifications.recipients.manager,
    cc: notifications.recipients.cc.join(', '),
    passInMail: notifications.passInMail.enabled,
    passAcknowledged: notifications.passInMail.acknowledged,
    templates: Object.entries(notifications.templates).map(([language, template]) => newTemplateRow(language, template.subject, template.html)),
  };
};

const wholeNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const candidateOf = (form: SettingsForm) => ({
  version: 2,
  defaults: {
    lifetimeInMinutes: form.lifetimeMode === 'policy' ? null : wholeNumber(form.lifetimeMinutes),
    isUsableOnce: form.isUsableOnce,
    startOffsetMinutes: wholeNumber(form.startOffsetMinutes),
    autoHideSeconds: wholeNumber(form.autoHideSeconds),
    clipboardClearSeconds: wholeNumber(form.clipboardClearSeconds),
  },
  serviceDesk: { name: form.serviceDeskName, email: form.serviceDeskEmail, phone: form.serviceDeskPhone, portalUrl: form.portalUrl },
  branding: { displayName: form.displayName, accentColor: form.accentColor, logoFile: form.logoFile },
  languages: {
    defaultLanguage: form.defaultLanguage,
    byUsageLocation: Object.fromEntries(form.locations.map((row) => [row.country, row.language])),
  },
  notifications: {
    enabled: form.notificationsEnabled,
    sendFrom: form.sendFrom.trim(),
    recipients: { user: form.notifyPerson, manager: form.notifyManager, cc: ccAddresses(form.cc) },
    passInMail: { enabled: form.passInMail, acknowledged: form.passAcknowledged },
    templates: Object.fromEntries(form.templates.map((row) => [row.language, { subject: row.subject, html: row.html }])),
  },
});

const fieldOfPath: Record<string, string> = {
  'defaults.lifetimeInMinutes': 'lifetimeMinutes',
  'defaults.startOffsetMinutes': 'startOffsetMinutes',
  'defaults.autoHideSeconds': 'autoHideSeconds',
  'defaults.clipboardClearSeconds': 'clipboardClearSeconds',
  'serviceDesk.name': 'serviceDeskName',
  'serviceDesk.email': 'serviceDeskEmail',
  'serviceDesk.phone': 'serviceDeskPhone',
  'serviceDesk.portalUrl': 'portalUrl',
  'branding.displayName': 'displayName',
  'branding.accentColor': 'accentColor',
  'languages.defaultLanguage': 'defaultLanguage',
  'notifications.sendFrom': 'sendFrom',
  'notifications.recipients': 'cc',
  'notifications.passInMail': 'passAcknowledged',
  'notifications.templates': 'templates',
};

/** Words for the limits the schema states without its own message. */
const friendlier = (issue: { code: string; origin?: string; minimum?: unknown; maximum?: unknown; input?: unknown }) => {
  if (issue.code === 'invalid_type' && typeof issue.input === 'number') return 'Enter a whole number';
  if (issue.code === 'too_small' && issue.origin === 'number') return `At least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `At most ${String(issue.maximum)}`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `At most ${String(issue.maximum)} characters`;
  return undefined;
};

const locationSchema = tenantSettingsSchema.shape.languages.shape.byUsageLocation;

type Parser = { safeParse(value: string): { success: true } | { success: false; error: { issues: { message: string }[] } } };

/** The first schema message for a row key, or the duplicate message once the key was seen in an earlier row. */
const keyErrors = <Row>(rows: Row[], keyOf: (row: Row) => string, fieldOf: (row: Row) => string, schema: Parser, duplicate: (key: string) => string) => {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    const parsed = schema.safeParse(key);
    if (!parsed.success) errors[fieldOf(row)] = parsed.error.issues[0]?.message ?? 'Invalid';
    else if (seen.has(key)) errors[fieldOf(row)] = duplicate(key);
    seen.add(key);
  }
  return errors;
};

const rowErrors = (rows: LocationRow[]): Record<string, string> => {
  const errors = keyErrors(rows, (row) => row.country, countryKey, locationSchema.keyType, (country) => `${country} is already listed`);
  for (const row of rows) {
    const language = locationSchema.valueType.safeParse(row.language);
    if (!language.success) errors[languageKey(row)] = language.error.issues[0]?.message ?? 'Invalid';
  }
  return errors;
};

export interface FormCheck {
  /** The settings to save; null while any field is wrong. */
  settings: TenantSettings | null;
  /** Keyed by text field or row field. */
  errors: Record<string, string>;
}

const templateSchema = tenantSettingsSchema.shape.notifications.shape.templates;

const templateRowErrors = (rows: TemplateRow[]): Record<string, string> =>
  keyErrors(rows, (row) => row.language, (row) => templateKey(row, 'language'), templateSchema.keyType, (language) => `There is already a ${language} template`);

/** An issue inside one template belongs to that template's tab and field. */
const templateIssueKey = (form: SettingsForm, path: PropertyKey[]): string | undefined => {
  if (path[0] !== 'notifications' || path[1] !== 'templates' || path.length < 4) return undefined;
  const row = form.templates.find((candidate) => candidate.language === path[2]);
  const part = path[3];
  return row && (part === 'subject' || part === 'html') ? templateKey(row, part) : undefined;
};

export const checkForm = (form: SettingsForm): FormCheck => {
  const errors = { ...rowErrors(form.locations), ...templateRowErrors(form.templates) };
  const parsed = tenantSettingsSchema.safeParse(candidateOf(form), { error: friendlier });
  for (const issue of parsed.error?.issues ?? []) {
    const field = templateIssueKey(form, issue.path) ?? fieldOfPath[issue.path.slice(0, 2).join('.')];
    if (field) errors[field] ??= issue.message;
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { settings: valid ? parsed.data : null, errors };
};

/** Equal as settings: the order rows were typed in does not matter. */
export const sameSettings = (a: TenantSettings, b: TenantSettings): boolean => {
  const canonical = (settings: TenantSettings) =>
    JSON.stringify({
      ...settings,
      languages: { ...settings.languages, byUsageLocation: Object.entries(settings.languages.byUsageLocation).sort() },
    });
  return canonical(a) === canonical(b);
};

/** Unsaved when the fields hold anything but the saved settings, including anything not yet valid. */
export const hasChanges = (form: SettingsForm, saved: TenantSettings): boolean => {
  const { settings } = checkForm(form);
  return settings === null || !sameSettings(settings, saved);
};
