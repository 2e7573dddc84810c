import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppError } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate, useT } from '../../ui/i18n/translate';
import { countdownOf, useSecondsLeft, type Countdown } from '../../ui/use-seconds-left';
import { handoffMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * Main writes the clipboard and clears it again, so the pass never lingers there; the renderer's own
 * clipboard would have nothing to clear it. Main copies the pass it issued, named by id; `available` is false
 * once the pass has been wiped.
 */
export const CopyPassButton = ({ passId, available }: { passId: string; available: boolean }) => {
  const styles = useStyles();
  const t = useT();
  const [copying, setCopying] = useState(false);
  const [clearing, setClearing] = useState<Countdown | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const secondsLeft = useSecondsLeft(clearing);

  const copy = async () => {
    if (!available || copying) return;
    setCopying(true);
    const result = await getApi().copyPass({ passId });
    setCopying(false);
    if (!result.ok) {
      setError(result.error);
      announce(errorText[result.error.code].title);
      return;
    }
    const { clearAfterSeconds } = result.value;
    setError(null);
    setClearing(countdownOf(clearAfterSeconds));
    announce(translate(m.passCopied, { seconds: clearAfterSeconds }));
  };

  return (
    <span className={styles.root}>
      <Button icon={<Copy20Regular />} disabledFocusable={!available || copying} onClick={() => void copy()}>
        {t(m.copyPass)}
      </Button>
      {error ? (
        <span className={styles.error}>{errorText[error.code].title}</span>
      ) : (
        clearing && <span className={styles.note}>{secondsLeft > 0 ? t(m.clipboardClearsIn, { seconds: secondsLeft }) : t(m.clipboardCleared)}</span>
      )}
    </span>
  );
};
