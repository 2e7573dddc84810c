import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defaultTenantSettings } from '../../../../shared';
import { useTenantSettingsStore } from '../settings';
import type { HandoffPerson } from './handoff-store';
import { spellingLanguageOf, type SpellingLanguage } from './phonetic';

/** Until the tenant's own settings are known, its usage locations are read as a new tenant's would be. */
const defaultLocations = defaultTenantSettings().languages.byUsageLocation;

/**
 * The alphabet the pass is read out in: the technician's pick, else the person's language where one is known
 * and has an alphabet here (their preferred language, else the tenant's language for their usage location),
 * else the language the screen speaks.
 */
export const useSpellingLanguage = (person: HandoffPerson | null): [SpellingLanguage, (language: SpellingLanguage) => void] => {
  const [chosen, setChosen] = useState<SpellingLanguage | null>(null);
  const uiLocale = useIntl().locale;
  const locations = useTenantSettingsStore((state) => state.settings?.languages.byUsageLocation) ?? defaultLocations;
  const country = person?.usageLocation?.toUpperCase();
  const fallback = spellingLanguageOf([person?.preferredLanguage, country ? locations[country] : undefined, uiLocale]) ?? 'en';
  return [chosen ?? fallback, setChosen];
};
