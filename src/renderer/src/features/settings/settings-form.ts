import type { z } from 'zod';
import { PASS_PLACEHOLDER, tenantSettingsSchema, type SettingsIssueParams, type TemplateProblem, type TenantSettings } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { settingsMessages as m } from './messages';

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
  journalRetentionMonths: string;
  bulkHoldMinutes: string;
}

export type TextFieldKey = 'lifetimeMinutes' | 'startOffsetMinutes' | 'autoHideSeconds' | 'clipboardClearSeconds' | 'serviceDeskName' | 'serviceDeskEmail' | 'serviceDeskPhone' | 'portalUrl' | 'displayName' | 'accentColor' | 'defaultLanguage' | 'sendFrom' | 'cc' | 'journalRetentionMonths' | 'bulkHoldMinutes';
export const templateKey = (row: TemplateRow, part: 'language' | 'subject' | 'html'): string => `template-${part}:${row.id}`;
export const countryKey = (row: LocationRow): string => `country:${row.id}`;
export const languageKey = (row: LocationRow): string => `language:${row.id}`;

let lastRowId = 0;
export const newRow = (country = '', language = ''): LocationRow => ({ id: ++lastRowId, country, language });
export const newTemplateRow = (language: string, subject = '', html = ''): TemplateRow => ({ id: ++lastRowId, language, subject, html });

export const ccAddresses = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

export const formOf = (settings: TenantSettings): SettingsForm => {
  const { defaults, serviceDesk, branding, languages, notifications, journal, bulk } = settings;
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
    journalRetentionMonths: String(journal.retentionMonths),
    bulkHoldMinutes: String(bulk.holdMinutes),
  };
};

const wholeNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const candidateOf = (form: SettingsForm) => ({
  version: 4,
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
  journal: { retentionMonths: wholeNumber(form.journalRetentionMonths) },
  bulk: { holdMinutes: wholeNumber(form.bulkHoldMinutes) },
});

/** A mistake in a field as a message and its values, so the field words it in the language the screen speaks. */
export interface FieldProblem {
  message: Message;
  values?: Record<string, string | number>;
}

/** The problem the form found in a field, for fields the technician has left once. */
export type ErrorOf = (field: string) => FieldProblem | undefined;

const problem = (message: Message, values?: Record<string, string | number>): FieldProblem => (values ? { message, values } : { message });

const mustache = (tag: string): string => `{{${tag}}}`;

/** Words what the shared checker found in a template, by its code. */
export const templateProblemWording = (found: TemplateProblem): FieldProblem => {
  switch (found.code) {
    case 'required':
      return problem(found.field === 'subject' ? m.subjectRequired : m.messageRequired);
    case 'unknown_tag':
      return problem(m.unknownPlaceholder, { tag: mustache(found.tag), line: found.line, column: found.column });
    case 'raw_html':
      return problem(m.rawHtml, { raw: `{{{${found.tag}}}}`, ampersand: mustache(`& ${found.tag}`), escaped: mustache(found.tag), line: found.line, column: found.column });
    case 'partial':
      return problem(m.partial, { tag: mustache(`> ${found.tag}`), line: found.line, column: found.column });
    case 'delimiters':
      return problem(m.delimiters, { line: found.line, column: found.column });
    case 'pass_in_subject':
      return problem(m.passInSubject, { tag: mustache(PASS_PLACEHOLDER), line: found.line, column: found.column });
    case 'pass_not_allowed':
      return problem(m.passNotAllowed, { tag: mustache(PASS_PLACEHOLDER), line: found.line, column: found.column });
    case 'unclosed_tag':
      return problem(m.unclosedTag, { line: found.line, column: found.column });
    case 'unclosed_section':
      return problem(m.unclosedSection, { section: found.section, line: found.line, column: found.column });
    case 'unopened_section':
      return problem(m.unopenedSection, { section: found.section, line: found.line, column: found.column });
    case 'syntax':
      return problem(m.unreadableTemplate);
  }
};

type Issue = z.core.$ZodIssue;

const settingsParams = (issue: Issue): SettingsIssueParams | undefined => (issue.code === 'custom' ? (issue.params as SettingsIssueParams | undefined) : undefined);

const limitWords = {
  minutes: { atLeast: m.atLeastMinutes, atMost: m.atMostMinutes },
  seconds: { atLeast: m.atLeastSeconds, atMost: m.atMostSeconds },
  months: { atLeast: m.atLeastMonths, atMost: m.atMostMonths },
} as const;

const wholeNumberIn = (unit: keyof typeof limitWords) => (issue: Issue): FieldProblem => {
  if (issue.code === 'too_small') return problem(limitWords[unit].atLeast, { count: Number(issue.minimum) });
  if (issue.code === 'too_big') return problem(limitWords[unit].atMost, { count: Number(issue.maximum) });
  return problem(m.enterWholeNumber);
};

const text = (otherwise: Message) => (issue: Issue): FieldProblem =>
  issue.code === 'too_big' ? problem(m.atMostCharacters, { count: Number(issue.maximum) }) : problem(otherwise);

const always = (message: Message) => (): FieldProblem => problem(message);

/**
 * Each field's words for what the schema refused, chosen by the issue's path and zod code: the schema's own
 * messages are English for logs and never reach the screen.
 */
const fieldsByPath: Record<string, { field: string; wording: (issue: Issue) => FieldProblem | undefined }> = {
  'defaults.lifetimeInMinutes': { field: 'lifetimeMinutes', wording: wholeNumberIn('minutes') },
  'defaults.startOffsetMinutes': { field: 'startOffsetMinutes', wording: wholeNumberIn('minutes') },
  'defaults.autoHideSeconds': { field: 'autoHideSeconds', wording: wholeNumberIn('seconds') },
  'defaults.clipboardClearSeconds': { field: 'clipboardClearSeconds', wording: wholeNumberIn('seconds') },
  'serviceDesk.name': { field: 'serviceDeskName', wording: text(m.invalidValue) },
  'serviceDesk.email': { field: 'serviceDeskEmail', wording: always(m.enterEmail) },
  'serviceDesk.phone': { field: 'serviceDeskPhone', wording: text(m.phoneCharacters) },
  'serviceDesk.portalUrl': { field: 'portalUrl', wording: always(m.enterHttpsUrl) },
  'branding.displayName': { field: 'displayName', wording: text(m.invalidValue) },
  'branding.accentColor': { field: 'accentColor', wording: always(m.colourExample) },
  'languages.defaultLanguage': { field: 'defaultLanguage', wording: always(m.languageTagExample) },
  'notifications.sendFrom': { field: 'sendFrom', wording: always(m.enterEmail) },
  'notifications.recipients': {
    field: 'cc',
    wording: (issue) => (issue.code === 'too_big' ? problem(m.atMostAddresses, { count: Number(issue.maximum) }) : problem(m.enterCcAddresses)),
  },
  'notifications.passInMail': { field: 'passAcknowledged', wording: always(m.confirmRisk) },
  'journal.retentionMonths': { field: 'journalRetentionMonths', wording: wholeNumberIn('months') },
  'bulk.holdMinutes': { field: 'bulkHoldMinutes', wording: wholeNumberIn('minutes') },
  // A badly written language tag is marked on its template's tab by the row check.
  'notifications.templates': { field: 'templates', wording: (issue) => (settingsParams(issue)?.code === 'no_template' ? problem(m.addTemplate) : undefined) },
};

const locationSchema = tenantSettingsSchema.shape.languages.shape.byUsageLocation;

type Parser = { safeParse(value: string): { success: boolean } };

/** The row's own mistake for a key the schema refuses, or the duplicate's once the key was seen in an earlier row. */
const keyErrors = <Row>(rows: Row[], keyOf: (row: Row) => string, fieldOf: (row: Row) => string, schema: Parser, invalid: FieldProblem, duplicate: (key: string) => FieldProblem) => {
  const errors: Record<string, FieldProblem> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!schema.safeParse(key).success) errors[fieldOf(row)] = invalid;
    else if (seen.has(key)) errors[fieldOf(row)] = duplicate(key);
    seen.add(key);
  }
  return errors;
};

const rowErrors = (rows: LocationRow[]): Record<string, FieldProblem> => {
  const errors = keyErrors(rows, (row) => row.country, countryKey, locationSchema.keyType, problem(m.countryCode), (country) => problem(m.countryListedTwice, { country }));
  for (const row of rows) {
    if (!locationSchema.valueType.safeParse(row.language).success) errors[languageKey(row)] = problem(m.languageTagExample);
  }
  return errors;
};

export interface FormCheck {
  /** The settings to save; null while any field is wrong. */
  settings: TenantSettings | null;
  /** Keyed by text field or row field. */
  errors: Record<string, FieldProblem>;
}

const templateSchema = tenantSettingsSchema.shape.notifications.shape.templates;

const templateRowErrors = (rows: TemplateRow[]): Record<string, FieldProblem> =>
  keyErrors(rows, (row) => row.language, (row) => templateKey(row, 'language'), templateSchema.keyType, problem(m.languageTagExample), (tag) => problem(m.templateLanguageTwice, { tag }));

/** An issue inside one template belongs to that template's tab and field. */
const templateIssueKey = (form: SettingsForm, path: PropertyKey[]): string | undefined => {
  if (path[0] !== 'notifications' || path[1] !== 'templates' || path.length < 4) return undefined;
  const row = form.templates.find((candidate) => candidate.language === path[2]);
  const part = path[3];
  return row && (part === 'subject' || part === 'html') ? templateKey(row, part) : undefined;
};

const templateIssueWording = (issue: Issue): FieldProblem => {
  const params = settingsParams(issue);
  if (params?.code === 'template') return templateProblemWording(params.problem);
  return text(m.invalidValue)(issue);
};

/** Where an issue is shown and in which words; nowhere when no field of the form holds the value. */
const placeOf = (form: SettingsForm, issue: Issue): { field: string; problem: FieldProblem | undefined } | undefined => {
  const templateField = templateIssueKey(form, issue.path);
  if (templateField) return { field: templateField, problem: templateIssueWording(issue) };
  const known = fieldsByPath[issue.path.slice(0, 2).join('.')];
  return known && { field: known.field, problem: known.wording(issue) };
};

export const checkForm = (form: SettingsForm): FormCheck => {
  const errors = { ...rowErrors(form.locations), ...templateRowErrors(form.templates) };
  const parsed = tenantSettingsSchema.safeParse(candidateOf(form));
  for (const issue of parsed.error?.issues ?? []) {
    const place = placeOf(form, issue);
    if (place?.problem) errors[place.field] ??= place.problem;
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
