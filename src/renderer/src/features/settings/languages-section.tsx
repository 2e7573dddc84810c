import { LocationTable } from './location-table';
import { SettingInput } from './setting-input';
import type { LocationRow } from './settings-form';
import { SettingsSection } from './settings-section';

interface Props {
  locations: LocationRow[];
  errorOf: (field: string) => string | undefined;
}

export const LanguagesSection = ({ locations, errorOf }: Props) => (
  <SettingsSection
    title="Languages"
    intro="Slips and mails use the person's preferred language, else the language of their usage location, else the default."
  >
    <SettingInput
      field="defaultLanguage"
      label="Default language"
      hint="A language tag such as en, de or pt-BR."
      maxLength={35}
      error={errorOf('defaultLanguage')}
    />
    <LocationTable rows={locations} errorOf={errorOf} />
  </SettingsSection>
);
