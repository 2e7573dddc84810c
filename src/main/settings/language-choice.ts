import type { LanguageSource, TenantSettings } from '../../shared';

interface Person {
  preferredLanguage: string | null;
  usageLocation: string | null;
}

interface Candidate {
  tag: string | null | undefined;
  source: LanguageSource;
}

const ranked = (person: Person, languages: TenantSettings['languages']): { tag: string; source: LanguageSource }[] => {
  const mapped = person.usageLocation ? languages.byUsageLocation[person.usageLocation.toUpperCase()] : undefined;
  const candidates: Candidate[] = [
    { tag: person.preferredLanguage, source: 'preferredLanguage' },
    { tag: mapped, source: 'usageLocation' },
    { tag: languages.defaultLanguage, source: 'tenantDefault' },
  ];
  return candidates.filter((candidate): candidate is { tag: string; source: LanguageSource } => Boolean(candidate.tag));
};

/**
 * The languages to try, best first: the person's own preference, then what the tenant maps their
 * usage location to, then the tenant default. Callers take the first one they have words for.
 */
export const languageCandidates = (person: Person, languages: TenantSettings['languages']): string[] =>
  ranked(person, languages).map((candidate) => candidate.tag);

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** `de-AT` is served by a `de-AT` template, else by `de`, else by any other `de-…` one. */
const bestMatch = (tag: string, available: readonly string[]): string | undefined =>
  available.find((language) => language.toLowerCase() === tag.toLowerCase()) ??
  available.find((language) => language.toLowerCase() === primary(tag)) ??
  available.find((language) => primary(language) === primary(tag));

/** The first candidate language a template exists for, and why it was chosen. */
export const chooseLanguage = (
  person: Person,
  languages: TenantSettings['languages'],
  available: readonly string[],
): { language: string; source: LanguageSource } | null => {
  for (const candidate of ranked(person, languages)) {
    const match = bestMatch(candidate.tag, available);
    if (match) return { language: match, source: candidate.source };
  }
  const first = available[0];
  return first ? { language: first, source: 'fallback' } : null;
};
