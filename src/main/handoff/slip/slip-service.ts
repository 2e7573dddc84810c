import QRCode from 'qrcode';
import { expiryOf, type TenantSettings } from '../../../shared';
import { fileNameOf } from '../../file-name';
import type { TapService } from '../../issuing';
import { languageCandidates } from '../../settings';
import { renderSlip } from './slip-html';
import { slipLanguage } from './slip-text';

const qr = (text: string) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });

/** Builds the slip for the pass just issued; nothing of it is kept or written unless saved as PDF. */
const contactLine = ({ name, email, phone, portalUrl }: TenantSettings['serviceDesk']): string | null =>
  [name, email, phone, portalUrl].filter(Boolean).join(' · ') || null;

export const slipFor = async (
  tap: TapService,
  settings: TenantSettings,
  logoDataUrl: string | null,
  userId: string,
  pass: string,
): Promise<{ html: string; suggestedName: string }> => {
  const { user, pass: issued, securityInfoUrl, tenantName } = await tap.issued(userId);
  const startsAt = new Date(issued.startDateTime ?? issued.createdDateTime ?? Date.now());
  const html = renderSlip({
    language: slipLanguage(languageCandidates(user, settings.languages)),
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
  return { html, suggestedName: `Temporary Access Pass - ${fileNameOf(user.displayName)}.pdf` };
};
