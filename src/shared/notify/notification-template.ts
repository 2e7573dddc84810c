import Mustache from 'mustache';
import { z } from 'zod';
import { formatLifetime } from '../issuing';

/** One language's notification: a plain-text subject and an HTML body, both mustache templates. */
export const notificationTemplateSchema = z.strictObject({
  subject: z.string().max(300),
  html: z.string().max(50_000),
});
export type NotificationTemplate = z.infer<typeof notificationTemplateSchema>;

/** Every placeholder a template may use, with what the technician sees in the editor's list. */
export const placeholders = {
  displayName: 'The person’s display name',
  userPrincipalName: 'The person’s sign-in name (UPN)',
  validFrom: 'When the pass starts, in the recipient’s language',
  validUntil: 'When the pass expires, in the recipient’s language',
  lifetime: 'How long the pass lasts, e.g. “8 hours”',
  oneTime: 'True for a one-time pass: use as {{#oneTime}}…{{/oneTime}}',
  technicianName: 'Your name, as signed in',
  tenantName: 'The tenant’s display name',
  'serviceDesk.name': 'Service desk name',
  'serviceDesk.email': 'Service desk e-mail',
  'serviceDesk.phone': 'Service desk phone',
  'serviceDesk.portalUrl': 'Service desk portal',
} as const;
export type PlaceholderName = keyof typeof placeholders;

/** The pass itself: a bearer credential, so only with the tenant's explicit acknowledgement. */
export const PASS_PLACEHOLDER = 'pass';

export interface TemplateProblem {
  field: keyof NotificationTemplate;
  message: string;
}

export interface TemplateRules {
  /** The tenant has enabled `{{pass}}` with the acknowledgement. */
  passAllowed: boolean;
}

type Span = ReturnType<typeof Mustache.parse>[number];

const lineAndColumn = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
};

/** Mustache reports "… at 42"; technicians read lines and columns. */
const syntaxMessage = (error: unknown, text: string): string => {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(.*) at (\d+)$/.exec(raw);
  return match ? `${match[1]} (${lineAndColumn(text, Number(match[2]))})` : raw;
};

const spanProblems = (spans: Span[], field: keyof NotificationTemplate, rules: TemplateRules, text: string): string[] =>
  spans.flatMap((span): string[] => {
    const [type, value, start] = span;
    const where = lineAndColumn(text, start);
    switch (type) {
      case 'text':
      case '!':
        return [];
      case '&':
        return [`{{{${value}}}} and {{& ${value}}} insert raw HTML; use {{${value}}} (${where})`];
      case '>':
        return [`Partials such as {{> ${value}}} are not supported (${where})`];
      case '=':
        return [`Changing delimiters is not supported (${where})`];
      default: {
        const children = type === '#' || type === '^' ? spanProblems((span[4] as Span[] | undefined) ?? [], field, rules, text) : [];
        return [...nameProblems(value, field, rules, where), ...children];
      }
    }
  });

const nameProblems = (name: string, field: keyof NotificationTemplate, rules: TemplateRules, where: string): string[] => {
  if (name === PASS_PLACEHOLDER) {
    if (field === 'subject') return [`{{pass}} can never be in the subject, which shows on lock screens and in lists (${where})`];
    return rules.passAllowed ? [] : [`{{pass}} is off for this tenant: the pass is a bearer credential (${where})`];
  }
  if (name === '.' || Object.hasOwn(placeholders, name)) return [];
  return [`Unknown placeholder {{${name}}} (${where})`];
};

/** Syntax errors, unknown placeholders and unsafe tags: any of them blocks saving. */
export const templateProblems = (template: NotificationTemplate, rules: TemplateRules): TemplateProblem[] => {
  const problems: TemplateProblem[] = [];
  if (template.subject.trim() === '') problems.push({ field: 'subject', message: 'A subject is required' });
  if (template.html.trim() === '') problems.push({ field: 'html', message: 'A message is required' });
  for (const field of ['subject', 'html'] as const) {
    const text = template[field];
    try {
      problems.push(...spanProblems(Mustache.parse(text), field, rules, text).map((message) => ({ field, message })));
    } catch (error) {
      problems.push({ field, message: syntaxMessage(error, text) });
    }
  }
  return problems;
};

export const usesPass = (template: NotificationTemplate): boolean => {
  const find = (spans: Span[]): boolean =>
    spans.some((span) => (span[0] !== 'text' && span[1] === PASS_PLACEHOLDER) || ((span[0] === '#' || span[0] === '^') && find((span[4] as Span[] | undefined) ?? [])));
  try {
    return find(Mustache.parse(template.html));
  } catch {
    return false;
  }
};

/** What the placeholders stand for in one mail; `pass` only when it may go to these recipients. */
export interface NotificationValues {
  displayName: string;
  userPrincipalName: string;
  validFrom: string;
  validUntil: string;
  lifetime: string;
  oneTime: boolean;
  technicianName: string;
  tenantName: string;
  serviceDesk: { name: string; email: string; phone: string; portalUrl: string };
  pass?: string;
}

export interface RenderedNotification {
  subject: string;
  html: string;
}

/** The subject is plain text (Graph sends it as such); the body escapes every value as HTML. */
export const renderNotification = (template: NotificationTemplate, values: NotificationValues): RenderedNotification => ({
  subject: Mustache.render(template.subject, values, {}, { escape: String }).replace(/\s+/g, ' ').trim(),
  html: Mustache.render(template.html, values),
});

export interface PassFacts {
  startsAt: Date;
  lifetimeInMinutes: number;
  isUsableOnce: boolean;
}

/** Dates and durations worded for the recipient; the time zone is the desk's, named in the text. */
export const passWording = (facts: PassFacts, locale: string, timeZone?: string): Pick<NotificationValues, 'validFrom' | 'validUntil' | 'lifetime' | 'oneTime'> => {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  return {
    validFrom: format.format(facts.startsAt),
    validUntil: format.format(new Date(facts.startsAt.getTime() + facts.lifetimeInMinutes * 60_000)),
    lifetime: formatLifetime(facts.lifetimeInMinutes, locale),
    oneTime: facts.isUsableOnce,
  };
};
