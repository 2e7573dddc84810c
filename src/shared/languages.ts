import { z } from 'zod';

/** BCP 47 tags as Entra stores them in preferredLanguage and as templates and slips are keyed. */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag such as de or pt-BR');
