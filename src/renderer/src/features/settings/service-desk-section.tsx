import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { SettingInput } from './setting-input';
import type { ErrorOf } from './settings-form';
import { SettingsSection } from './settings-section';

interface Props {
  errorOf: ErrorOf;
}

export const ServiceDeskSection = ({ errorOf }: Props) => {
  const t = useT();
  return (
    <SettingsSection title={t(m.serviceDeskTitle)} intro={t(m.serviceDeskIntro)}>
      <SettingInput
        field="serviceDeskName"
        label={t(m.serviceDeskName)}
        placeholder={t(m.serviceDeskNameExample)}
        maxLength={120}
        error={errorOf('serviceDeskName')}
      />
      <SettingInput
        field="serviceDeskEmail"
        label={t(m.serviceDeskEmail)}
        type="email"
        placeholder={t(m.mailboxExample)}
        error={errorOf('serviceDeskEmail')}
      />
      <SettingInput
        field="serviceDeskPhone"
        label={t(m.serviceDeskPhone)}
        type="tel"
        placeholder="+49 30 1234 5678"
        maxLength={40}
        error={errorOf('serviceDeskPhone')}
      />
      <SettingInput
        field="portalUrl"
        label={t(m.portalUrl)}
        type="url"
        placeholder={t(m.portalUrlExample)}
        error={errorOf('portalUrl')}
      />
    </SettingsSection>
  );
};
