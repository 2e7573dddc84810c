import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import type { CohortRow } from '../../../../../shared';
import { FilePickerButton } from '../../../ui/file-picker-button';
import { useT } from '../../../ui/i18n/translate';
import type { CohortOrigin } from './cohort-origin';
import { ListCheck } from './list-check';
import { sourceMessages as m } from './messages';
import { MAX_FILE_MEGABYTES, useSourceStore } from './source-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  read: { margin: 0, overflowWrap: 'anywhere' },
});

interface Props {
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** A CSV or text file chosen through the system dialog, read here in the renderer and never sent anywhere whole. */
export const FileSource = ({ busy, onRows }: Props) => {
  const styles = useStyles();
  const t = useT();
  const file = useSourceStore((state) => state.file);
  const problem = useSourceStore((state) => state.fileProblem);
  const readFile = useSourceStore((state) => state.readFile);
  return (
    <div className={styles.root}>
      <p className={styles.hint}>{t(m.fileHint)}</p>
      <span className={styles.picker}>
        <FilePickerButton accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" inputLabel={t(m.fileInput)} icon={<DocumentArrowUp20Regular />} onFile={readFile}>
          {t(m.chooseFile)}
        </FilePickerButton>
        {file?.origin.kind === 'file' && <span className={styles.read}>{t(m.fileRead, { name: file.origin.name })}</span>}
      </span>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem === 'too_large' ? t(m.fileTooLarge, { size: MAX_FILE_MEGABYTES }) : t(m.fileUnreadable)}</MessageBarBody>
        </MessageBar>
      )}
      {file && <ListCheck reading={file} busy={busy} onRows={onRows} />}
    </div>
  );
};
