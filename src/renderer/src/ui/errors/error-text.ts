import { errorCodes, type AppError, type ErrorCode } from '../../../../shared';
import type { Message } from '../i18n/define-messages';
import { translate } from '../i18n/translate';
import { uiMessages as m } from '../messages';

interface ErrorText {
  /** What happened, in the technician's words. */
  readonly title: string;
  /** What to do about it. */
  readonly next: string;
}

// Template-literal keys: a new error code without both messages does not compile.
export const errorTitleOf = (code: ErrorCode): Message => m[`${code}Title`];
const nextOf = (code: ErrorCode): Message => m[`${code}Next`];

/** Each code's words, read at the moment they are used, in the UI's language of that moment. */
export const errorText: Readonly<Record<ErrorCode, ErrorText>> = Object.fromEntries(
  errorCodes.map((code) => [
    code,
    {
      get title() {
        return translate(errorTitleOf(code));
      },
      get next() {
        return translate(nextOf(code));
      },
    },
  ]),
) as Record<ErrorCode, ErrorText>;

/** The remedy for this very error: its reason's words where main named one, else its code's. */
export const nextStepOf = (error: Pick<AppError, 'code' | 'reason'>): Message => (error.reason ? m[error.reason] : nextOf(error.code));
