import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentPdf20Regular, Print20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppError } from '../../../../../shared';
import { getApi } from '../../../api';
import { announce } from '../../../ui/announcer-store';
import { ErrorMessage } from '../../../ui/errors/error-message';
import { errorText } from '../../../ui/errors/error-text';
import type { Message } from '../../../ui/i18n/define-messages';
import { translate, useT } from '../../../ui/i18n/translate';
import { signInExpired } from '../../accounts';
import { bulkMessages as m } from '../messages';
import { PdfWarningDialog } from './pdf-warning-dialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

type Output = 'print' | 'pdf';

/** What became of the last sheet, worded when shown so it follows the UI language. */
type Outcome = { kind: 'nothing' } | { kind: 'printed'; pages: number } | { kind: 'saved'; pages: number; path: string };

const outcomeMessage = (outcome: Outcome): [Message, Record<string, string | number>?] => {
  switch (outcome.kind) {
    case 'nothing':
      return [m.sheetNothing];
    case 'printed':
      return [m.sheetPrinted, { pages: outcome.pages }];
    case 'saved':
      return [m.sheetSaved, { pages: outcome.pages, path: outcome.path }];
  }
};

interface Props {
  cohortId: string;
  /** People whose pass the batch still holds: the sheet has a page for each. */
  waiting: number;
}

/** One slip per person still waiting, printed or saved as one PDF after a warning; main renders it with the passes it holds. */
export const SheetActions = ({ cohortId, waiting }: Props) => {
  const styles = useStyles();
  const t = useT();
  const [busy, setBusy] = useState<Output | null>(null);
  const [askingPdf, setAskingPdf] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const available = waiting > 0 && busy === null;

  const make = async (output: Output) => {
    setAskingPdf(false);
    setBusy(output);
    const result = await getApi().printCohortSheet({ cohortId, output });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      setOutcome(null);
      if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
      return;
    }
    setError(null);
    const { done, savedTo, pages } = result.value;
    const next: Outcome = !done ? { kind: 'nothing' } : savedTo ? { kind: 'saved', pages, path: savedTo } : { kind: 'printed', pages };
    setOutcome(next);
    announce(translate(...outcomeMessage(next)));
  };

  return (
    <div className={styles.root}>
      <p className={styles.note}>{waiting > 0 ? t(m.sheetIntro, { count: waiting }) : t(m.sheetNoneHeld)}</p>
      <div className={styles.actions}>
        <Button icon={<Print20Regular />} disabledFocusable={!available} onClick={() => void make('print')}>
          {t(m.printSheet)}
        </Button>
        <Button icon={<DocumentPdf20Regular />} disabledFocusable={!available} onClick={() => setAskingPdf(true)}>
          {t(m.saveSheetPdf)}
        </Button>
      </div>
      {error && <ErrorMessage error={error} />}
      {!error && outcome && <p className={styles.note}>{t(...outcomeMessage(outcome))}</p>}
      {askingPdf && <PdfWarningDialog count={waiting} onSave={() => void make('pdf')} onCancel={() => setAskingPdf(false)} />}
    </div>
  );
};
