import { passWording, renderNotification, type ExistingPass, type LanguageSource, type NotificationTemplate, type RenderedNotification, type TenantSettings } from '../../shared';
import { chooseLanguage } from '../settings';

interface Person {
  displayName: string;
  userPrincipalName: string;
  preferredLanguage: string | null;
  usageLocation: string | null;
}

const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The tenant's template for this person: the one asked for when the tenant has it, else the one their language,
 * usage location and the tenant's default lead to; null when the tenant has no template at all.
 */
export const templateFor = (
  settings: TenantSettings,
  person: Person,
  asked?: string | null,
): { language: string; source: LanguageSource; template: NotificationTemplate } | null => {
  const { templates } = settings.notifications;
  const available = Object.keys(templates);
  const automatic = chooseLanguage(person, settings.languages, available);
  const language = asked && available.includes(asked) ? asked : automatic?.language;
  const template = language ? templates[language] : undefined;
  if (!language || !template) return null;
  const source = asked && asked === language && language !== automatic?.language ? 'chosen' : (automatic?.source ?? 'fallback');
  return { language, source, template };
};

/** Who sends the notice, as its placeholders name them. */
export interface NoticeSender {
  technicianName: string;
  /** The tenant's own name, when its settings give no display name. */
  tenantName: string;
}

/** The notice about one person's pass, in the template's language; `passCode` only where the pass may be mailed. */
export const renderNotice = (
  settings: TenantSettings,
  sender: NoticeSender,
  chosen: { language: string; template: NotificationTemplate },
  person: Person,
  pass: ExistingPass,
  passCode?: string,
): RenderedNotification => {
  // Dates read best in the person's own variant (de-AT) when it matches the template's language.
  const locale = person.preferredLanguage && primaryTag(person.preferredLanguage) === primaryTag(chosen.language) ? person.preferredLanguage : chosen.language;
  const startsAt = new Date(pass.startDateTime ?? pass.createdDateTime ?? Date.now());
  return renderNotification(chosen.template, {
    displayName: person.displayName,
    userPrincipalName: person.userPrincipalName,
    ...passWording({ startsAt, lifetimeInMinutes: pass.lifetimeInMinutes, isUsableOnce: pass.isUsableOnce }, locale),
    technicianName: sender.technicianName,
    tenantName: settings.branding.displayName || sender.tenantName,
    serviceDesk: settings.serviceDesk,
    ...(passCode ? { pass: passCode } : {}),
  });
};
