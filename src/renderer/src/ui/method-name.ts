import type { AuthMethod } from '../../../shared';
import type { Message } from './i18n/define-messages';
import { translate } from './i18n/translate';
import { uiMessages as m } from './messages';

/** Method kinds by their Graph type (`@odata.type` without its namespace). */
const methodKinds: Partial<Record<string, Message>> = {
  passwordAuthenticationMethod: m.methodPassword,
  microsoftAuthenticatorAuthenticationMethod: m.methodMicrosoftAuthenticator,
  fido2AuthenticationMethod: m.methodFido2,
  phoneAuthenticationMethod: m.methodPhone,
  windowsHelloForBusinessAuthenticationMethod: m.methodWindowsHello,
  emailAuthenticationMethod: m.methodEmail,
  softwareOathAuthenticationMethod: m.methodSoftwareOath,
  hardwareOathAuthenticationMethod: m.methodHardwareOath,
  temporaryAccessPassAuthenticationMethod: m.methodTemporaryAccessPass,
  platformCredentialAuthenticationMethod: m.methodPlatformCredential,
  qrCodePinAuthenticationMethod: m.methodQrCode,
};

/** A method's kind in the UI language; null for a kind this version has no name for. */
export const methodKindOf = (method: AuthMethod): Message | null => methodKinds[method.type] ?? null;

/** A method as the person would recognise it, as one string: its kind and, where Graph names one, its device. */
export const methodText = (method: AuthMethod): string => {
  const kind = methodKindOf(method);
  // For a kind it has no name for, main's label starts with the Graph type itself: data, shown as it comes.
  if (!kind) return method.label;
  // The device, number or address is data, kept as main sends it.
  if (!method.device) return translate(kind);
  return translate(m.methodWithDevice, { name: translate(kind), device: method.device });
};
