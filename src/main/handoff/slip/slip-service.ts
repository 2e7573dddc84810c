import QRCode from 'qrcode';
import { expiryOf, type ExistingPass, type TenantSettings } from '../../../shared';
import { fileNameOf } from '../../file-name';
import type { TapService } from '../../issuing';
import { languageCandidates } from '../../settings';
import { renderSheet, renderSlip, type SlipModel } from './slip-html';
import { slipLanguage, slipLanguages, slipText } from './slip-text';

const qr = (text: string) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });

const contactLine = ({ name, email, phone, portalUrl }: TenantSettings['serviceDesk']): string | null =>
  [name, email, phone, portalUrl].filter(Boolean).join(' · ') || null;

interface Person {
  preferredLanguage: string | null;
  usageLocation: string | null;
}

/**
 * The person's own language when the slip is written in it, else the one the tenant gives their usage
 * location, else the tenant's default, else English. A candidate the slip lacks is skipped, never replaced by
 * a neighbour: an ar-SA person in Saudi Arabia gets the tenant's default, in Germany German.
 */
export const automaticSlipLanguage = (person: Person, languages: TenantSettings['languages']): string =>
  slipLanguage(languageCandidates(person, languages));

/** The technician's choice when the slip is written in it; anything else, or no choice, is the automatic one. */
export const slipLanguageFor = (person: Person, languages: TenantSettings['languages'], chosen?: string | null): string =>
  chosen && slipLanguages.includes(chosen) ? chosen : automaticSlipLanguage(person, languages);

/** What the screen offers for the person's slip: the slip's languages and the one it would take by itself. */
export const slipLanguageOptions = async (tap: TapService, settings: TenantSettings, userId: string): Promise<{ languages: string[]; automatic: string }> => {
  const { user } = await tap.issued(userId);
  return { languages: [...slipLanguages], automatic: automaticSlipLanguage(user, settings.languages) };
};

/** The tenant's look of a slip: its name, logo, colour and service desk. */
export interface SlipTenant {
  settings: TenantSettings;
  logoDataUrl: string | null;
  /** The tenant's own name, when its settings give no display name. */
  tenantName: string;
}

/** One person's slip: who, the pass as Graph lists it and its code, and the language it is printed in. */
export interface SlipPerson {
  user: Person & { displayName: string; userPrincipalName: string };
  pass: ExistingPass;
  code: string;
  securityInfoUrl: string;
  language: string;
}

const slipModel = async ({ settings, logoDataUrl, tenantName }: SlipTenant, { user, pass, code, securityInfoUrl, language }: SlipPerson): Promise<SlipModel> => ({
  language,
  tenantName: settings.branding.displayName || tenantName,
  logoDataUrl,
  accentColor: settings.branding.accentColor,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
  pass: code,
  startsAt: new Date(pass.startDateTime ?? pass.createdDateTime ?? Date.now()),
  expiresAt: expiryOf(pass, Date.now()),
  isUsableOnce: pass.isUsableOnce,
  securityInfoUrl,
  passQr: await qr(code),
  registerQr: await qr(securityInfoUrl),
  serviceDesk: contactLine(settings.serviceDesk),
});

/** Builds the slip for the pass just issued; nothing of it is kept or written unless saved as PDF. */
export const slipFor = async (
  tap: TapService,
  tenant: Omit<SlipTenant, 'tenantName'>,
  userId: string,
  code: string,
  language?: string | null,
): Promise<{ html: string; suggestedName: string }> => {
  const { user, pass, securityInfoUrl, tenantName } = await tap.issued(userId);
  const chosen = slipLanguageFor(user, tenant.settings.languages, language);
  const html = renderSlip(await slipModel({ ...tenant, tenantName }, { user, pass, code, securityInfoUrl, language: chosen }));
  // Named in the slip's language, like the slip itself.
  return { html, suggestedName: `${fileNameOf(slipText(chosen).pass)} - ${fileNameOf(user.displayName)}.pdf` };
};

/**
 * A cohort's slips as one document, a page per person in their own language; nothing of it is kept or written
 * unless saved as PDF. Named in the tenant's default language, with the day and the number of people.
 */
export const sheetFor = async (tenant: SlipTenant, people: readonly SlipPerson[], day: string): Promise<{ html: string; suggestedName: string }> => {
  const language = slipLanguage([tenant.settings.languages.defaultLanguage]);
  const models = await Promise.all(people.map((person) => slipModel(tenant, person)));
  const html = renderSheet(models, { language, accentColor: tenant.settings.branding.accentColor });
  return { html, suggestedName: `${fileNameOf(slipText(language).pass)} - ${day} - ${people.length}.pdf` };
};
