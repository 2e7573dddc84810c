import QRCode from 'qrcode';
import { expiryOf, type TenantSettings } from '../../../shared';
import { fileNameOf } from '../../file-name';
import type { TapService } from '../../issuing';
import { languageCandidates } from '../../settings';
import { renderSlip } from './slip-html';
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

/** Builds the slip for the pass just issued; nothing of it is kept or written unless saved as PDF. */
export const slipFor = async (
  tap: TapService,
  settings: TenantSettings,
  logoDataUrl: string | null,
  userId: string,
  pass: string,
  language?: string | null,
): Promise<{ html: string; suggestedName: string }> => {
  const { user, pass: issued, securityInfoUrl, tenantName } = await tap.issued(userId);
  const startsAt = new Date(issued.startDateTime ?? issued.createdDateTime ?? Date.now());
  const chosen = slipLanguageFor(user, settings.languages, language);
  const html = renderSlip({
    language: chosen,
    tenantName: settings.branding.displayName || tenantName,
    logoDataUrl,
    accentColor: settings.branding.accentColor,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    pass,
    startsAt,
    expiresAt: expiryOf(issued, Date.now()),
    isUsableOnce: issued.isUsableOnce,
    securityInfoUrl,
    passQr: await qr(pass),
    registerQr: await qr(securityInfoUrl),
    serviceDesk: contactLine(settings.serviceDesk),
  });
  // Named in the slip's language, like the slip itself.
  return { html, suggestedName: `${fileNameOf(slipText(chosen).pass)} - ${fileNameOf(user.displayName)}.pdf` };
};
