import { makeStyles, tokens } from '@fluentui/react-components';
import { EyeOff20Regular } from '@fluentui/react-icons';
import type { Handoff } from './handoff-store';
import { QR_SIZE_PX, QrCode } from './qr-code';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    width: `${QR_SIZE_PX + 24}px`,
    margin: 0,
    padding: tokens.spacingVerticalM,
    // Scanners need the light quiet zone around a code whatever the theme.
    backgroundColor: '#ffffff',
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
  return (
    <div className={styles.root}>
      <figure className={styles.card}>
        {shownPass ? (
          <QrCode text={shownPass} alt="QR code of the pass, for the person to scan with their phone" />
        ) : (
          <div className={styles.placeholder}>
            <EyeOff20Regular aria-hidden />
            Not shown
          </div>
        )}
        <figcaption className={styles.caption}>
          The pass
          <span className={styles.detail}>Scan to copy it on a phone</span>
        </figcaption>
      </figure>
      <figure className={styles.card}>
        <QrCode text={handoff.pass.securityInfoUrl} alt={`QR code that opens the security info page for ${handoff.displayName}`} />
        <figcaption className={styles.caption}>
          Security info
          <span className={styles.detail}>{new URL(handoff.pass.securityInfoUrl).host}</span>
        </figcaption>
      </figure>
    </div>
  );
};
