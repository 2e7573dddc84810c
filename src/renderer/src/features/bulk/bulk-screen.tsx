import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import type { CohortPerson } from '../../../../shared';
import { formatDate } from '../../format/date-time';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { useBulkStore, type BulkStep } from './bulk-store';
import { HandoverView } from './handover/handover-view';
import { bulkMessages as m } from './messages';
import { CohortReview } from './review';
import { RunProgress } from './run/run-progress';
import { CohortSource, type CohortOrigin } from './source';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: {
    flex: '1 1 12em',
    outline: 'none',
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  steps: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0, paddingInlineStart: '1.5em' },
  stepItem: { color: tokens.colorNeutralForeground2, paddingInlineEnd: tokens.spacingHorizontalS },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const steps: readonly BulkStep[] = ['source', 'checking', 'review', 'issuing', 'results'];

/** A hire date range is two calendar days, read as the technician's own days rather than UTC midnights. */
const localDay = (day: string): Date => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
};

const OriginLine = ({ origin }: { origin: CohortOrigin }) => {
  const styles = useStyles();
  const t = useT();
  const text =
    origin.kind === 'file'
      ? t(m.originFile, { name: origin.name })
      : origin.kind === 'paste'
        ? t(m.originPaste)
        : t(m.originHires, { from: formatDate(localDay(origin.from)), to: formatDate(localDay(origin.to)) });
  return <p className={styles.note}>{text}</p>;
};

interface Props {
  /** Opens a person's card in the single flow, where what they hold now can be read and acted on. */
  onOpenCard?: (person: CohortPerson) => void;
}

/** Bulk onboarding: a list of people checked, reviewed, issued in one run and handed over one by one or on paper. */
export const BulkScreen = ({ onOpenCard }: Props) => {
  const styles = useStyles();
  const t = useT();
  const titleId = useId();
  const step = useBulkStore((state) => state.step);
  const origin = useBulkStore((state) => state.origin);
  const check = useBulkStore((state) => state.check);
  const run = useBulkStore((state) => state.run);
  const error = useBulkStore((state) => state.error);
  const { hide, checkRows, issue, backToSource } = useBulkStore.getState();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  // Focus that had nowhere to stay (the search box the shortcut was pressed in; a closed batch's last step, a check
  // that failed) lands on the title rather than on the page.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost || (step === 'source' && shownStep.current !== 'source')) titleRef.current?.focus();
    shownStep.current = step;
  }, [step]);

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <div className={styles.titleRow}>
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
          {t(m.title)}
        </h2>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={hide}>
          {t(m.backToSingle)}
        </Button>
      </div>
      {step !== 'source' && <p className={styles.note}>{t(m.batchStaysOpen)}</p>}
      <ol className={styles.steps} aria-label={t(m.stepsLabel)}>
        {steps.map((each) => (
          <li key={each} className={mergeClasses(styles.stepItem, each === step && styles.current)} aria-current={each === step ? 'step' : undefined}>
            {t(m.step, { step: each })}
          </li>
        ))}
      </ol>
      {origin && step !== 'source' && <OriginLine origin={origin} />}
      {error && <ErrorMessage error={error} />}
      {(step === 'source' || step === 'checking') && <CohortSource busy={step === 'checking'} onRows={(rows, from) => void checkRows(rows, from)} />}
      {step === 'checking' && <RunProgress phase="checking" />}
      {step === 'review' && check && <CohortReview check={check} busy={false} onIssue={(rows) => void issue(rows)} onBack={backToSource} />}
      {step === 'issuing' && <RunProgress phase="issuing" />}
      {step === 'results' && run && <HandoverView check={check} run={run} onOpenCard={onOpenCard} />}
    </section>
  );
};
