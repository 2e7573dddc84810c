import { makeStyles, tokens } from '@fluentui/react-components';
import { defaultTenantSettings } from '../../../../shared';
import { useSettingsPageStore } from '../../stores/settings-page-store';
import { SettingInput } from './setting-input';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  colour: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  picker: {
    width: '2.5rem',
    height: '2rem',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    cursor: 'pointer',
  },
  hex: { width: '8rem', fontFamily: tokens.fontFamilyMonospace },
  swatch: {
    width: '6rem',
    height: '2rem',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

const hexColour = /^#[0-9a-fA-F]{6}$/;

interface Props {
  accentColor: string;
  errorOf: (field: string) => string | undefined;
}

export const BrandingSection = ({ accentColor, errorOf }: Props) => {
  const styles = useStyles();
  const edit = useSettingsPageStore((state) => state.edit);
  // While the hex text is half typed, picker and swatch keep showing a colour they can draw.
  const shown = hexColour.test(accentColor) ? accentColor : defaultTenantSettings().branding.accentColor;
  return (
    <SettingsSection title="Branding">
      <SettingInput
        field="displayName"
        label="Display name on slips and mails"
        hint="Leave empty to use the profile name."
        maxLength={120}
        error={errorOf('displayName')}
      />
      <div className={styles.colour}>
        <input
          type="color"
          aria-label="Pick the accent colour"
          className={styles.picker}
          value={shown.toLowerCase()}
          onChange={(event) => edit({ accentColor: event.currentTarget.value.toUpperCase() })}
        />
        <SettingInput
          field="accentColor"
          label="Accent colour (hex)"
          className={styles.hex}
          maxLength={7}
          placeholder="#0F6CBD"
          error={errorOf('accentColor')}
        />
        <span className={styles.swatch} style={{ backgroundColor: shown }} aria-hidden />
      </div>
    </SettingsSection>
  );
};
