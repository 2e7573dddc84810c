import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardPaste20Regular } from '@fluentui/react-icons';
import type { CohortRow } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import type { CohortOrigin } from './cohort-origin';
import { ListCheck } from './list-check';
import { sourceMessages as m } from './messages';
import { useSourceStore } from './source-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  text: { fontFamily: tokens.fontFamilyMonospace },
  read: { alignSelf: 'flex-start' },
});

interface Props {
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** Rows pasted from a spreadsheet (tab-separated); Enter starts a new line, Ctrl+Enter reads them. */
export const PasteSource = ({ busy, onRows }: Props) => {
  const styles = useStyles();
  const t = useT();
  const text = useSourceStore((state) => state.pasteText);
  const paste = useSourceStore((state) => state.paste);
  const { setPasteText, readPaste } = useSourceStore.getState();
  return (
    <div className={styles.root}>
      <Field label={t(m.pasteLabel)} hint={t(m.pasteHint)}>
        <Textarea
          textarea={{ className: styles.text, spellCheck: false, translate: 'no' }}
          resize="vertical"
          rows={8}
          value={text}
          onChange={(_, data) => setPasteText(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              readPaste();
            }
          }}
        />
      </Field>
      <Button className={styles.read} icon={<ClipboardPaste20Regular />} disabledFocusable={text.trim() === ''} onClick={readPaste}>
        {t(m.readPaste)}
      </Button>
      {paste && <ListCheck reading={paste} busy={busy} onRows={onRows} />}
    </div>
  );
};
