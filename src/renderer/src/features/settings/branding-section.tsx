import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Image20Regular } from '@fluentui/react-icons';
import { defaultTenantSettings } from '../../../../shared';
import { FilePickerButton } from '../../ui/file-picker-button';
import { SettingInput } from './setting-input';
import { useSettingsPageStore } from './settings-page-store';
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
  logo: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  logoImage: { maxHeight: '3rem', maxWidth: '12rem', objectFit: 'contain' },
  noLogo: { color: tokens.colorNeutralForeground2 },
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

const readAsDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

const LogoPicker = () => {
  const styles = useStyles();
  const logoDataUrl = useSettingsPageStore((state) => state.logoDataUrl);
  const { setLogo, removeLogo } = useSettingsPageStore.getState();
  return (
    <div className={styles.logo}>
      {logoDataUrl ? <img src={logoDataUrl} alt="Tenant logo" className={styles.logoImage} /> : <span className={styles.noLogo}>No logo</span>}
      <FilePickerButton
        accept="image/png,image/jpeg,image/gif,image/webp"
        inputLabel="Logo image file"
        icon={<Image20Regular />}
        onFile={async (file) => setLogo(await readAsDataUrl(file))}
      >
        {logoDataUrl ? 'Change logo…' : 'Choose logo…'}
      </FilePickerButton>
      {logoDataUrl && <Button onClick={removeLogo}>Remove logo</Button>}
    </div>
  );
};

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
      <LogoPicker />
    </SettingsSection>
  );
};
