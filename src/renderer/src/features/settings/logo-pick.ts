import { checkLogo, LOGO_MAX_PIXELS, LOGO_MAX_SIDE, logoFormats, type LogoRefusal } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { settingsMessages as m } from './messages';

/** The limits a logo's size is held to, as values for the messages that state them. */
export const logoLimits = { maxSide: LOGO_MAX_SIDE, maxMegapixels: LOGO_MAX_PIXELS / 1_000_000 };

/** Why a picked logo was not added, with the values its message states. */
export interface LogoProblem {
  message: Message;
  values?: Record<string, number>;
}

interface Size {
  width: number;
  height: number;
}

const refusalWords: Record<LogoRefusal, Message> = {
  logo_unreadable: m.logoUnreadable,
  logo_too_large: m.logoTooLarge,
  logo_format: m.logoFormat,
  logo_too_many_pixels: m.logoTooManyPixels,
};

const isLogoRefusal = (reason: string | undefined): reason is LogoRefusal => reason !== undefined && Object.hasOwn(refusalWords, reason);

/** A refusal in words, or null for a reason that is not about the image; too many pixels are stated with `size`. */
export const logoProblemOf = (reason: string | undefined, size: Size | null): LogoProblem | null => {
  if (!isLogoRefusal(reason)) return null;
  if (reason !== 'logo_too_many_pixels') return { message: refusalWords[reason] };
  return size ? { message: refusalWords[reason], values: { width: size.width, height: size.height, ...logoLimits } } : null;
};

const dataUrlOf = (bytes: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(bytes);
  });

/**
 * A picked file checked by the same rule main applies, before anything draws it: a small file that declares a
 * huge picture is refused here with its size, and only what passes is sent to main (which checks it again).
 */
export const readLogo = async (file: Blob): Promise<({ ok: true; dataUrl: string } & Size) | { ok: false; problem: LogoProblem }> => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: { message: m.logoUnreadable } };
  }
  const checked = checkLogo(bytes);
  if (!checked.ok) return { ok: false, problem: logoProblemOf(checked.reason, 'width' in checked ? checked : null) ?? { message: m.logoUnreadable } };
  const dataUrl = await dataUrlOf(new Blob([file], { type: logoFormats[checked.format] }));
  return { ok: true, dataUrl, width: checked.width, height: checked.height };
};
