import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { EyeOff20Regular } from '@fluentui/react-icons';
import { useT } from '../../ui/i18n/translate';
import type { Handoff } from './handoff-store';
import { handoffMessages as m } from './messages';
import { QR_SIZE_PX, QrCode } from './qr-code';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    width: `${QR_SIZE_PX + 24}px`,
    margin: 0,
    padding: tokens.spacingVerticalM,
    // Scanners need the light quiet zone around a code whatever the theme, forced colours included.
    backgroundColor: '#ffffff',
    forcedColorAdjust: 'none',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  placeholder: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXS,
    width: `${QR_SIZE_PX}px`,
    height: `${QR_SIZE_PX}px`,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  caption: { display: 'flex', flexDirection: 'column', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  detail: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

interface Props {
  handoff: Handoff;
  /** The pass while it is on screen; its code goes with it. */
  shownPass: string | null;
}

/** One code to carry the pass to the person's phone, one to open the page where they register a method. */
export const HandoffQrCodes = ({ handoff, shownPass }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    // Scanners need a light card in every theme, so the cards and their words keep the light theme's colours.
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <figure className={styles.card}>
        {shownPass ? (
          <QrCode text={shownPass} alt={t(m.passQrAlt)} />
        ) : (
          <div className={styles.placeholder}>
            <EyeOff20Regular aria-hidden />
            {t(m.passQrHidden)}
          </div>
        )}
        <figcaption className={styles.caption}>
          {t(m.passQrCaption)}
          <span className={styles.detail}>{t(m.passQrDetail)}</span>
        </figcaption>
      </figure>
      <figure className={styles.card}>
        <QrCode text={handoff.pass.securityInfoUrl} alt={t(m.securityQrAlt, { name: handoff.displayName })} />
        <figcaption className={styles.caption}>
          {t(m.securityQrCaption)}
          <span className={styles.detail} translate="no">
            {new URL(handoff.pass.securityInfoUrl).host}
          </span>
        </figcaption>
      </figure>
    </FluentProvider>
  );
};
