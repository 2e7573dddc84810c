import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useId, useMemo } from 'react';
import type { JournalPerson } from '../../../../shared';
import { formatTimeOfDay } from '../../format/date-time';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { usePanelStyles } from '../../ui/panel';
import { IntegrityNote } from './integrity-note';
import { IssuedPassItem } from './issued-pass-item';
import { useJournalStore } from './journal-store';
import { journalMessages as m } from './messages';
import { SetbackList } from './setback-list';
import { cohortsOf, issuedPasses, setbacksOf } from './today-model';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
});

export interface TodayViewProps {
  onOpenCard: (person: JournalPerson) => void;
  /** False while the screen must keep showing what it shows (a pass being handed over). */
  canOpenCard: boolean;
  onRevoked?: (userId: string) => void;
}

/** Today at this desk: the journal's integrity, every pass issued with where it stands, and what went wrong. */
export const TodayView = ({ onOpenCard, canOpenCard, onRevoked }: TodayViewProps) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = useT();
  const headingId = useId();
  const status = useJournalStore((state) => state.status);
  const entries = useJournalStore((state) => state.entries);
  const integrity = useJournalStore((state) => state.integrity);
  const error = useJournalStore((state) => state.error);
  const statuses = useJournalStore((state) => state.statuses);
  const statusError = useJournalStore((state) => state.statusError);
  const checking = useJournalStore((state) => state.checking);
  const checkedAt = useJournalStore((state) => state.checkedAt);
  const refresh = useJournalStore((state) => state.refresh);
  const passes = useMemo(() => issuedPasses(entries), [entries]);
  const setbacks = useMemo(() => setbacksOf(entries), [entries]);
  const cohorts = useMemo(() => cohortsOf(entries), [entries]);
  const cohortStart = new Map(cohorts.map((cohort) => [cohort.id, cohort.startedAt]));

  if (status === 'failed' && error) {
    return <ErrorMessage error={error} action={<Button onClick={() => void refresh()}>{t(m.tryAgain)}</Button>} />;
  }
  if (status !== 'ready' || !integrity) return <Spinner size="small" labelPosition="after" label={t(m.loadingToday)} />;

  return (
    <div className={styles.view}>
      <IntegrityNote integrity={integrity} />
      <section aria-labelledby={headingId} className={styles.section}>
        <div className={styles.bar}>
          <h3 id={headingId} className={panel.heading}>
            {t(m.passesHeading)}
          </h3>
          <Button
            size="small"
            icon={checking ? <Spinner size="extra-tiny" aria-hidden /> : <ArrowClockwise20Regular />}
            disabledFocusable={checking}
            onClick={() => void refresh()}
          >
            {t(m.refresh)}
          </Button>
        </div>
        <p className={styles.note}>{t(m.passesCount, { count: passes.length })}</p>
        {cohorts.length > 0 && (
          <ul className={styles.list} aria-label={t(m.cohortsLabel)}>
            {cohorts.map((cohort) => (
              <li key={cohort.id} className={styles.note}>
                {t(m.cohortSummary, { time: formatTimeOfDay(cohort.startedAt), size: cohort.size, issued: cohort.issued, refused: cohort.refused, failed: cohort.failed })}
              </li>
            ))}
          </ul>
        )}
        {passes.length > 0 && (
          <p className={styles.note}>
            {checking ? t(m.checking) : checkedAt === null ? t(m.notCheckedYet) : t(m.checkedAt, { time: formatTimeOfDay(new Date(checkedAt)) })}
          </p>
        )}
        {statusError && <ErrorMessage error={statusError} />}
        {passes.length > 0 && (
          <ol className={styles.list} aria-label={t(m.passesLabel)}>
            {passes.map((entry) => (
              <IssuedPassItem
                key={entry.passId}
                entry={entry}
                status={statuses[entry.passId]}
                checking={checking}
                canOpenCard={canOpenCard}
                onOpenCard={onOpenCard}
                onRevoked={onRevoked}
                cohortStartedAt={entry.cohort && cohortStart.get(entry.cohort.id)}
              />
            ))}
          </ol>
        )}
      </section>
      {setbacks.length > 0 && <SetbackList entries={setbacks} />}
    </div>
  );
};
