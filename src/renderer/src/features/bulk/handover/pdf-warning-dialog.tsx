import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../../ui/i18n/translate';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { bulkMessages as m } from '../messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { margin: 0 },
});

interface Props {
  /** How many people's passes the file will hold. */
  count: number;
  onSave: () => void;
  onCancel: () => void;
}

/** Asked before the sheet becomes a file: unlike paper handed out, a PDF can be copied and opened by anyone. */
export const PdfWarningDialog = ({ count, onSave, onCancel }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <ConfirmDialog title={t(m.pdfTitle)} keepLabel={t(m.pdfDontSave)} goLabel={t(m.pdfSave)} onKeep={onCancel} onGo={onSave}>
      <span className={styles.content}>
        <span className={styles.line}>{t(m.pdfHoldsPasses, { count })}</span>
        <span className={styles.line}>{t(m.pdfKeepShort)}</span>
      </span>
    </ConfirmDialog>
  );
};
