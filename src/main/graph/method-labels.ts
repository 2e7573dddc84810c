import type { AuthMethod } from '../../shared';

type Raw = Record<string, unknown>;

const names: Record<string, string> = {
  passwordAuthenticationMethod: 'Password',
  microsoftAuthenticatorAuthenticationMethod: 'Microsoft Authenticator',
  fido2AuthenticationMethod: 'Passkey (FIDO2)',
  phoneAuthenticationMethod: 'Phone',
  windowsHelloForBusinessAuthenticationMethod: 'Windows Hello for Business',
  emailAuthenticationMethod: 'Email',
  softwareOathAuthenticationMethod: 'Software OATH token',
  temporaryAccessPassAuthenticationMethod: 'Temporary Access Pass',
  platformCredentialAuthenticationMethod: 'Platform credential (macOS)',
  qrCodePinAuthenticationMethod: 'QR code',
};

/**
 * What a technician needs to recognise a registered method: its type, which the screen words, and the device
 * or number. The English label is for logs, and for a type the screen has no name for.
 */
export const describeMethod = (raw: Raw): AuthMethod => {
  const type = String(raw['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./, '');
  const found = [raw.displayName, raw.model, raw.phoneNumber, raw.emailAddress].find((value) => typeof value === 'string' && value);
  const device = typeof found === 'string' ? found : null;
  const name = names[type] ?? type;
  return { id: String(raw.id), type, label: device ? `${name} · ${device}` : name, device };
};
