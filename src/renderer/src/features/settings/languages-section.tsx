import { useT } from '../../ui/i18n/translate';
import { LocationTable } from './location-table';
import { settingsMessages as m } from './messages';
import { SettingInput } from './setting-input';
import type { ErrorOf, LocationRow } from './settings-form';
import { SettingsSection } from './settings-section';

interface Props {
  locations: LocationRow[];
  errorOf: ErrorOf;
}

export const LanguagesSection = ({ locations, errorOf }: Props) => {
  const t = useT();
  return (
    <SettingsSection title={t(m.languagesTitle)} intro={t(m.languagesIntro)}>
      <SettingInput
        field="defaultLanguage"
        label={t(m.defaultLanguage)}
        hint={t(m.defaultLanguageHint)}
        maxLength={35}
        error={errorOf('defaultLanguage')}
      />
      <LocationTable rows={locations} errorOf={errorOf} />
    </SettingsSection>
  );
};
