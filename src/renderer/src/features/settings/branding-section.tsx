import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Image20Regular } from '@fluentui/react-icons';
import { defaultTenantSettings } from '../../../../shared';
import { FilePickerButton } from '../../ui/file-picker-button';
import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { SettingInput } from './setting-input';
import type { ErrorOf } from './settings-form';
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
  logoProblem: { color: tokens.colorPaletteRedForeground1 },
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
  errorOf: ErrorOf;
}

const LogoPicker = () => {
  const styles = useStyles();
  const t = useT();
  const logoDataUrl = useSettingsPageStore((state) => state.logoDataUrl);
  const logoProblem = useSettingsPageStore((state) => state.logoProblem);
  const { pickLogo, removeLogo } = useSettingsPageStore.getState();
  return (
    <div className={styles.logo}>
      {logoDataUrl ? <img src={logoDataUrl} alt={t(m.logoAlt)} className={styles.logoImage} /> : <span className={styles.noLogo}>{t(m.noLogo)}</span>}
      <FilePickerButton
        accept="image/png,image/jpeg,image/gif,image/webp"
        inputLabel={t(m.logoFileInput)}
        icon={<Image20Regular />}
        onFile={pickLogo}
      >
        {logoDataUrl ? t(m.changeLogo) : t(m.chooseLogo)}
      </FilePickerButton>
      {logoDataUrl && <Button onClick={removeLogo}>{t(m.removeLogo)}</Button>}
      {logoProblem && <span className={styles.logoProblem}>{t(logoProblem.message, logoProblem.values)}</span>}
    </div>
  );
};

export const BrandingSection = ({ accentColor, errorOf }: Props) => {
  const styles = useStyles();
  const t = useT();
  const edit = useSettingsPageStore((state) => state.edit);
  // While the hex text is half typed, picker and swatch keep showing a colour they can draw.
  const shown = hexColour.test(accentColor) ? accentColor : defaultTenantSettings().branding.accentColor;
  return (
    <SettingsSection title={t(m.brandingTitle)}>
      <SettingInput
        field="displayName"
        label={t(m.displayName)}
        hint={t(m.displayNameHint)}
        maxLength={120}
        error={errorOf('displayName')}
      />
      <div className={styles.colour}>
        <input
          type="color"
          aria-label={t(m.pickAccentColour)}
          className={styles.picker}
          value={shown.toLowerCase()}
          onChange={(event) => edit({ accentColor: event.currentTarget.value.toUpperCase() })}
        />
        <SettingInput
          field="accentColor"
          label={t(m.accentColour)}
          className={styles.hex}
          maxLength={7}
          placeholder={t(m.accentColourExample)}
          error={errorOf('accentColor')}
        />
        <span className={styles.swatch} style={{ backgroundColor: shown }} aria-hidden />
      </div>
      <LogoPicker />
    </SettingsSection>
  );
};
