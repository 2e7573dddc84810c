import { z } from 'zod';

/** The languages the UI is translated into; `system` follows the OS. */
export const uiLanguages = ['en', 'de', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const themeChoices = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/**
 * A technician's choices, kept per OS user rather than per tenant: two technicians at one tenant may read
 * different languages, and one technician keeps theirs across tenants.
 */
export const preferencesSchema = z.strictObject({
  language: z.enum(['system', ...uiLanguages]),
  theme: z.enum(themeChoices),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/**
 * The app's own settings file (profiles, preferences) could not be read at start: it was moved aside to
 * `keptAs` and TAP Desk started empty; `detail` is the parser's reason, shown as technical detail.
 */
export const storeProblemSchema = z.object({ keptAs: z.string(), detail: z.string() });
export type StoreProblem = z.infer<typeof storeProblemSchema>;

export const defaultPreferences: Preferences = { language: 'system', theme: 'system' };
