import { SettingInput } from './setting-input';
import { SettingsSection } from './settings-section';

interface Props {
  errorOf: (field: string) => string | undefined;
}

export const ServiceDeskSection = ({ errorOf }: Props) => (
  <SettingsSection title="Service desk" intro="Printed on the slip and used in mails, so people know whom to ask for help.">
    <SettingInput
      field="serviceDeskName"
      label="Service desk name"
      placeholder="Contoso IT Service Desk"
      maxLength={120}
      error={errorOf('serviceDeskName')}
    />
    <SettingInput
      field="serviceDeskEmail"
      label="E-mail"
      type="email"
      placeholder="servicedesk@contoso.com"
      error={errorOf('serviceDeskEmail')}
    />
    <SettingInput
      field="serviceDeskPhone"
      label="Phone"
      type="tel"
      placeholder="+49 30 1234 5678"
      maxLength={40}
      error={errorOf('serviceDeskPhone')}
    />
    <SettingInput
      field="portalUrl"
      label="Portal URL"
      type="url"
      placeholder="https://servicedesk.contoso.com"
      error={errorOf('portalUrl')}
    />
  </SettingsSection>
);
