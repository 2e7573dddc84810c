import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../../ui/i18n/translate';
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
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.pdfTitle)}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.line}>{t(m.pdfHoldsPasses, { count })}</p>
            <p className={styles.line}>{t(m.pdfKeepShort)}</p>
          </DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={onCancel}>
              {t(m.pdfDontSave)}
            </Button>
            <Button onClick={onSave}>{t(m.pdfSave)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
