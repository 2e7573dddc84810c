import { Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Dismiss20Regular, Pause20Regular, Play20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../ui/i18n/translate';
import { usePanelStyles } from '../../../ui/panel';
import { useSecondsLeft } from '../../../ui/use-seconds-left';
import { useBulkStore } from '../bulk-store';
import { bulkMessages as m } from '../messages';
import { CancelRunDialog } from './cancel-run-dialog';
import { timeLeftText } from './time-left';

const useStyles = makeStyles({
  heading: { outline: 'none' },
  counts: { margin: 0, overflowWrap: 'anywhere' },
  state: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * Microsoft's pause, counted down while main waits it out: Graph answers a throttled request with 429 and the
 * seconds to wait in Retry-After, and counts requests sent before then against the client
 * (https://learn.microsoft.com/graph/throttling), so nothing goes out until it has passed.
 */
const ThrottleNote = () => {
  const t = useT();
  const throttle = useBulkStore((state) => state.throttle);
  const seconds = useSecondsLeft(throttle);
  if (!throttle || seconds === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t(m.throttled, { seconds })}</MessageBarBody>
    </MessageBar>
  );
};

/** A check or run under way: how far it is, how long it may take, and Pause, Resume and Cancel. */
export const RunProgress = ({ phase }: { phase: 'checking' | 'issuing' }) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const progress = useBulkStore((state) => state.progress);
  const commanding = useBulkStore((state) => state.commanding);
  const cohortId = useBulkStore((state) => state.cohortId);
  const { control } = useBulkStore.getState();
  const [askingToCancel, setAskingToCancel] = useState(false);
  const state = progress?.state ?? 'running';
  // Without a cohort id (a check's first progress has not arrived) main could not be told to pause.
  const controllable = cohortId !== null && !commanding && state !== 'cancelling' && state !== 'finished';
  const paused = state === 'paused' || state === 'pausing';

  // Keyboard users follow the work from its start, with Pause next in line.
  useEffect(() => headingRef.current?.focus(), []);

  const stop = () => {
    setAskingToCancel(false);
    void control('cancel');
  };

  return (
    <section aria-labelledby={headingId} className={panel.root}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={mergeClasses(panel.heading, styles.heading)}>
        {t(phase === 'checking' ? m.checkingHeading : m.issuingHeading)}
      </h3>
      <Field
        label={progress ? t(phase === 'checking' ? m.checkedCount : m.doneCount, { done: progress.done, total: progress.total }) : t(m.starting)}
        hint={progress && state === 'running' ? timeLeftText(progress.secondsLeft) : undefined}
      >
        <ProgressBar thickness="large" value={progress && progress.total > 0 ? progress.done : undefined} max={Math.max(progress?.total ?? 1, 1)} />
      </Field>
      {phase === 'issuing' && progress && <p className={styles.counts}>{t(m.runCounts, { ...progress.counts })}</p>}
      <ThrottleNote />
      {state !== 'running' && state !== 'finished' && <p className={styles.state}>{t(m.runState, { state })}</p>}
      <div className={styles.actions}>
        {paused ? (
          <Button icon={<Play20Regular />} disabledFocusable={!controllable} onClick={() => void control('resume')}>
            {t(m.resume)}
          </Button>
        ) : (
          <Button icon={<Pause20Regular />} disabledFocusable={!controllable} onClick={() => void control('pause')}>
            {t(m.pause)}
          </Button>
        )}
        <Button icon={<Dismiss20Regular />} disabledFocusable={!controllable} onClick={() => setAskingToCancel(true)}>
          {t(m.cancel)}
        </Button>
      </div>
      {askingToCancel && <CancelRunDialog phase={phase} onStop={stop} onKeepGoing={() => setAskingToCancel(false)} />}
    </section>
  );
};
