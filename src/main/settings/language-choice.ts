import type { TenantSettings } from '../../shared';

/**
 * The languages to try, best first: the person's own preference, then what the tenant maps their
 * usage location to, then the tenant default. Callers take the first one they have words for.
 */
export const languageCandidates = (
  person: { preferredLanguage: string | null; usageLocation: string | null },
  languages: TenantSettings['languages'],
): string[] => {
  const mapped = person.usageLocation ? languages.byUsageLocation[person.usageLocation.toUpperCase()] : undefined;
  return [person.preferredLanguage, mapped, languages.defaultLanguage].filter((tag): tag is string => Boolean(tag));
};
