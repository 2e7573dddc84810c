import Mustache from 'mustache';
import { z } from 'zod';
import { formatLifetime } from '../issuing';

/** One language's notification: a plain-text subject and an HTML body, both mustache templates. */
export const notificationTemplateSchema = z.strictObject({
  subject: z.string().max(300),
  html: z.string().max(50_000),
});
export type NotificationTemplate = z.infer<typeof notificationTemplateSchema>;

/** Every placeholder a template may use; the editor describes each in the technician's language. */
export const placeholderNames = [
  'displayName',
  'userPrincipalName',
  'validFrom',
  'validUntil',
  'lifetime',
  'oneTime',
  'technicianName',
  'tenantName',
  'serviceDesk.name',
  'serviceDesk.email',
  'serviceDesk.phone',
  'serviceDesk.portalUrl',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** The pass itself: a bearer credential, so only with the tenant's explicit acknowledgement. */
export const PASS_PLACEHOLDER = 'pass';

type TemplateField = keyof NotificationTemplate;

/** Where in the field's text a problem is, as technicians count: from line 1, column 1. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * What blocks saving a template, as a code with what the screen needs to word it; `tag` is the name inside the
 * offending tag (`firstName` for `{{firstName}}`), `section` the name of a section left open or never opened.
 */
export type TemplateProblem =
  | { field: TemplateField; code: 'required' }
  | ({ field: TemplateField; code: 'unknown_tag' | 'raw_html' | 'partial'; tag: string } & TextPosition)
  | ({ field: TemplateField; code: 'pass_in_subject' | 'pass_not_allowed' | 'delimiters' | 'unclosed_tag' } & TextPosition)
  | ({ field: TemplateField; code: 'unclosed_section' | 'unopened_section'; section: string } & TextPosition)
  /** A syntax error Mustache words in a way not listed here; `detail` is its own English, for logs. */
  | { field: TemplateField; code: 'syntax'; detail: string };
export type TemplateProblemCode = TemplateProblem['code'];

export interface TemplateRules {
  /** The tenant has enabled `{{pass}}` with the acknowledgement. */
  passAllowed: boolean;
}

type Span = ReturnType<typeof Mustache.parse>[number];
/** A problem before it is told which field it is in. */
type WithoutField<P> = P extends unknown ? Omit<P, 'field'> : never;
type Found = WithoutField<TemplateProblem>;

const positionOf = (text: string, offset: number): TextPosition => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/** Mustache reports "Unclosed section "x" at 42" in English; the screen needs the case and a line and column. */
const syntaxProblem = (error: unknown, text: string): Found => {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(Unclosed tag|Unclosed section "(.*)"|Unopened section "(.*)") at (\d+)$/.exec(raw);
  if (!match) return { code: 'syntax', detail: raw };
  const where = positionOf(text, Number(match[4]));
  if (match[2] !== undefined) return { code: 'unclosed_section', section: match[2], ...where };
  if (match[3] !== undefined) return { code: 'unopened_section', section: match[3], ...where };
  return { code: 'unclosed_tag', ...where };
};

const spanProblems = (spans: Span[], field: TemplateField, rules: TemplateRules, text: string): Found[] =>
  spans.flatMap((span): Found[] => {
    const [type, value, start] = span;
    const where = positionOf(text, start);
    switch (type) {
      case 'text':
      case '!':
        return [];
      case '&':
        return [{ code: 'raw_html', tag: value, ...where }];
      case '>':
        return [{ code: 'partial', tag: value, ...where }];
      case '=':
        return [{ code: 'delimiters', ...where }];
      default: {
        const children = type === '#' || type === '^' ? spanProblems((span[4] as Span[] | undefined) ?? [], field, rules, text) : [];
        return [...nameProblems(value, field, rules, where), ...children];
      }
    }
  });

const isPlaceholder = (name: string): boolean => (placeholderNames as readonly string[]).includes(name);

const nameProblems = (name: string, field: TemplateField, rules: TemplateRules, where: TextPosition): Found[] => {
  if (name === PASS_PLACEHOLDER) {
    if (field === 'subject') return [{ code: 'pass_in_subject', ...where }];
    return rules.passAllowed ? [] : [{ code: 'pass_not_allowed', ...where }];
  }
  if (name === '.' || isPlaceholder(name)) return [];
  return [{ code: 'unknown_tag', tag: name, ...where }];
};

/** Syntax errors, unknown placeholders and unsafe tags: any of them blocks saving. */
export const templateProblems = (template: NotificationTemplate, rules: TemplateRules): TemplateProblem[] => {
  const problems: TemplateProblem[] = [];
  if (template.subject.trim() === '') problems.push({ field: 'subject', code: 'required' });
  if (template.html.trim() === '') problems.push({ field: 'html', code: 'required' });
  for (const field of ['subject', 'html'] as const) {
    const text = template[field];
    let found: Found[];
    try {
      found = spanProblems(Mustache.parse(text), field, rules, text);
    } catch (error) {
      found = [syntaxProblem(error, text)];
    }
    problems.push(...found.map((problem) => ({ ...problem, field }) as TemplateProblem));
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
