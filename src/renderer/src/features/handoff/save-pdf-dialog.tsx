import { makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useT } from '../../ui/i18n/translate';
import { handoffMessages as m } from './messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  onSave: () => void;
  onCancel: () => void;
}

/**
 * Asked before the slip becomes a file: saving it is the technician's choice, but unlike paper handed over, a PDF
 * can be copied and opened by anyone until the pass expires. "Don't save" has the focus, as for a cohort's sheet:
 * Enter or Escape write nothing, and saving is one Tab away.
 */
export const SavePdfDialog = ({ onSave, onCancel }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <ConfirmDialog title={t(m.pdfConfirmTitle)} keepLabel={t(m.pdfConfirmDontSave)} goLabel={t(m.pdfConfirmSave)} onKeep={onCancel} onGo={onSave}>
      <span className={styles.content}>
        <span>{t(m.pdfConfirmReadable)}</span>
        <span>{t(m.pdfConfirmDelete)}</span>
      </span>
    </ConfirmDialog>
  );
};
