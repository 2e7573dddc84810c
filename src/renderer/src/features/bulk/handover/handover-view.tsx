import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CohortCheck, CohortPerson, CohortRun } from '../../../../../shared';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { usePanelStyles } from '../../../ui/panel';
import { useBulkStore, type HandoverView as View } from '../bulk-store';
import { bulkMessages as m } from '../messages';
import { CloseBatch } from './close-batch';
import { DeskQueue } from './desk-queue';
import { handoverRows, isWaiting } from './handover-rows';
import { HeldCountdown } from './held-countdown';
import { NoticesSection } from './notices-section';
import { ResultsTable } from './results-table';
import { summaryText } from './run-summary';
import { SheetActions } from './sheet-actions';

const useStyles = makeStyles({
  heading: { outline: 'none' },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const views: { value: View; label: Message }[] = [
  { value: 'results', label: m.tabResults },
  { value: 'queue', label: m.tabQueue },
  { value: 'sheet', label: m.tabSheet },
  { value: 'notices', label: m.tabNotices },
];

interface Props {
  check: CohortCheck | null;
  run: CohortRun;
  onOpenCard?: (person: CohortPerson) => void;
}

/** After the run: how every row ended, then handing the passes over at the desk, on paper or by notice. */
export const HandoverView = ({ check, run, onOpenCard }: Props) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = useT();
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = useBulkStore((state) => state.view);
  const { setView } = useBulkStore.getState();
  const rows = useMemo(() => handoverRows(check, run), [check, run]);
  const waiting = rows.filter(isWaiting).length;
  // Back from a handoff the desk queue takes focus; on arrival from the run, the outcome does.
  const [arrivedFromRun] = useState(() => !useBulkStore.getState().focusQueue);

  useEffect(() => {
    if (arrivedFromRun) headingRef.current?.focus();
  }, [arrivedFromRun]);

  return (
    <section aria-labelledby={`${baseId}-heading`} className={panel.root}>
      <h3 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1} className={mergeClasses(panel.heading, styles.heading)}>
        {t(m.resultsHeading)}
      </h3>
      <MessageBar intent={run.cancelled || run.rows.some((row) => row.outcome === 'refused' || row.outcome === 'failed') ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>{t(...summaryText(run))}</MessageBarBody>
      </MessageBar>
      <HeldCountdown waiting={waiting} />
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t(m.handoverViews)}>
        {views.map(({ value, label }) => (
          <Tab key={value} value={value} id={`${baseId}-${value}`} aria-controls={value === view ? `${baseId}-panel` : undefined}>
            {value === 'queue' ? t(label, { count: waiting }) : t(label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-${view}`} className={styles.panel}>
        {view === 'results' && <ResultsTable rows={rows} onOpenCard={onOpenCard} />}
        {view === 'queue' && <DeskQueue rows={rows} />}
        {view === 'sheet' && <SheetActions cohortId={run.cohortId} waiting={waiting} />}
        {view === 'notices' && <NoticesSection cohortId={run.cohortId} rows={rows} />}
      </div>
      <div className={styles.footer}>
        <CloseBatch waiting={waiting} />
      </div>
    </section>
  );
};
