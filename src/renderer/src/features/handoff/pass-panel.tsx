import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Eye20Regular, EyeOff20Regular, Timer20Regular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import { formatClock } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import { useSecondsLeft } from '../../ui/use-seconds-left';
import { CopyPassButton } from './copy-pass-button';
import type { Handoff } from './handoff-store';
import { handoffMessages as m } from './messages';
import { PassCharacters } from './pass-characters';
import { PassSpelling } from './pass-spelling';
import { useSpellingLanguage } from './use-spelling-language';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  pass: {
    fontFamily: "'Cascadia Mono', Consolas, 'DejaVu Sans Mono', 'Liberation Mono', ui-monospace, monospace",
    fontSize: '48px',
    lineHeight: '1.3',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'slashed-zero',
    fontVariantLigatures: 'none',
    minHeight: '62px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusLarge,
    boxSizing: 'border-box',
    maxWidth: '100%',
    // No free-form copying: a pass copied that way would sit in the clipboard with nothing to clear it.
    userSelect: 'none',
  },
  // Long passes get a smaller face, so 48 characters still fit in three lines.
  long: { fontSize: '32px', minHeight: '42px' },
  placeholder: {
    display: 'flex',
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightRegular,
  },
  legend: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  countdown: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginInlineStart: 'auto',
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
});

const LONG_PASS = 20;

interface Props {
  handoff: Handoff;
  /** Null once the pass has been wiped or revoked. */
  secret: string | null;
  revoked: boolean;
  hidden: boolean;
  onToggle: () => void;
  /** The box the pass is shown in, which the screen keeps in view. */
  passRef?: Ref<HTMLDivElement>;
}

const placeholder = (secret: string | null, revoked: boolean) => (revoked ? m.placeholderRevoked : secret ? m.placeholderHidden : m.placeholderCleared);

export const PassPanel = ({ handoff, secret, revoked, hidden, onToggle, passRef }: Props) => {
  const styles = useStyles();
  const t = useT();
  const [spelling, setSpelling] = useSpellingLanguage(handoff.person);
  const secondsLeft = useSecondsLeft(secret ? handoff.wipeCountdown : null);
  const shown = secret !== null && !hidden;

  return (
    <div className={styles.root}>
      <div
        ref={passRef}
        role="group"
        aria-label={t(m.passLabel)}
        className={mergeClasses(styles.pass, shown && secret.length > LONG_PASS && styles.long, !shown && styles.placeholder)}
      >
        {shown ? <PassCharacters value={secret} /> : t(placeholder(secret, revoked))}
      </div>
      {shown && (
        <>
          <p className={styles.legend}>{t(m.legend)}</p>
          <PassSpelling value={secret} language={spelling} onLanguageChange={setSpelling} />
        </>
      )}
      <div className={styles.controls}>
        <Button icon={shown ? <EyeOff20Regular /> : <Eye20Regular />} disabledFocusable={!secret} onClick={onToggle}>
          {t(shown ? m.hidePass : m.showPass)}
        </Button>
        <CopyPassButton passId={handoff.pass.id} available={secret !== null} />
        {secret && (
          <span className={styles.countdown}>
            <Timer20Regular aria-hidden />
            {t(shown ? m.hidesIn : m.clearedIn, { time: formatClock(secondsLeft) })}
          </span>
        )}
      </div>
    </div>
  );
};
