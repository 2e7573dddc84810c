import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentPdf20Regular, Print20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppError } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

type Output = 'print' | 'pdf';

/**
 * The printed slip carries the pass, so it can only be made while the pass is still in memory
 * (`available` is false once wiped). Main renders it with the pass it issued, named by id; nothing is written
 * unless a PDF is saved.
 */
export const SlipButtons = ({ userId, passId, available }: { userId: string; passId: string; available: boolean }) => {
  const styles = useStyles();
  const [busy, setBusy] = useState<Output | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const make = async (output: Output) => {
    if (!available || busy) return;
    setBusy(output);
    const result = await getApi().printSlip({ userId, passId, output });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      setNote(null);
      announce(errorText[result.error.code].title);
      return;
    }
    setError(null);
    const { done, savedTo } = result.value;
    const message = !done ? 'Nothing was printed or saved.' : savedTo ? `Slip saved to ${savedTo}.` : 'Slip sent to the printer.';
    setNote(message);
    announce(message);
  };

  return (
    <span className={styles.root}>
      <Button icon={<Print20Regular />} disabledFocusable={!available || busy !== null} onClick={() => void make('print')}>
        Print slip
      </Button>
      <Button icon={<DocumentPdf20Regular />} disabledFocusable={!available || busy !== null} onClick={() => void make('pdf')}>
        Save slip as PDF
      </Button>
      {error ? <span className={styles.error}>{errorText[error.code].title}</span> : note && <span className={styles.note}>{note}</span>}
    </span>
  );
};
