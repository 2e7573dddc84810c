import { Button, Field, FluentProvider, Input, Spinner, makeStaticStyles, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { parseDayInput, toDayInput } from './day';
import { journalMessages as m } from './messages';
import { ReportSheet } from './report-sheet';
import { useReportStore } from './report-store';

/** On paper only the report: the app's chrome, the panel and every other layer of the page stay off it. */
const usePrintStyles = makeStaticStyles(`
@media screen { [data-journal-print] { display: none; } }
@media print { body > :not([data-journal-print]) { display: none !important; } }
`);

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  print: { padding: '1.5cm', color: '#000', backgroundColor: '#fff' },
});

/** A report of one chosen day at this desk, on screen and, through the browser's print dialog, on paper. */
export const DailyReport = () => {
  usePrintStyles();
  const styles = useStyles();
  const t = useT();
  const [dayText, setDayText] = useState(() => toDayInput(new Date()));
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  const status = useReportStore((state) => state.status);
  const day = useReportStore((state) => state.day);
  const entries = useReportStore((state) => state.entries);
  const integrity = useReportStore((state) => state.integrity);
  const error = useReportStore((state) => state.error);
  const load = useReportStore((state) => state.load);
  const chosen = parseDayInput(dayText);

  useEffect(() => {
    const next = parseDayInput(dayText);
    if (next) void load(next);
  }, [dayText, load]);

  // The printed copy exists only while the print dialog is up (it blocks), so the page never holds the report twice.
  const print = () => {
    flushSync(() => setPrintedAt(new Date()));
    window.print();
    setPrintedAt(null);
  };

  const ready = status === 'ready' && day !== null && integrity !== null;
  return (
    <div className={styles.view}>
      <div className={styles.controls}>
        <Field label={t(m.reportDay)} {...(chosen ? {} : { validationState: 'error' as const, validationMessage: t(m.chooseDay) })}>
          <Input type="date" max={toDayInput(new Date())} value={dayText} onChange={(_, data) => setDayText(data.value)} />
        </Field>
        <Button appearance="primary" icon={<Print20Regular />} disabledFocusable={!ready} onClick={print}>
          {t(m.print)}
        </Button>
      </div>
      {status === 'loading' && <Spinner size="small" labelPosition="after" label={t(m.loadingReport)} />}
      {status === 'failed' && error && chosen && (
        <ErrorMessage error={error} action={<Button onClick={() => void load(chosen)}>{t(m.tryAgain)}</Button>} />
      )}
      {ready && <ReportSheet day={day} entries={entries} integrity={integrity} />}
      {ready &&
        printedAt &&
        createPortal(
          <FluentProvider theme={webLightTheme} className={styles.print} data-journal-print="">
            <ReportSheet day={day} entries={entries} integrity={integrity} printedAt={printedAt} />
          </FluentProvider>,
          document.body,
        )}
    </div>
  );
};
