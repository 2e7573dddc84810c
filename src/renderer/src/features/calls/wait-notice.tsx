import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../../ui/i18n/translate';
import { useCallsStore, type RunningCall } from './calls-store';
import { callsMessages as m } from './messages';
import { namesSlowWait, SLOW_AFTER_SECONDS, waitTopicOf } from './wait-topic';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, ':empty': { display: 'none' } },
});

/** The clock, re-read every second while something runs, so countdowns and elapsed times move. */
const useNow = (ticking: boolean): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
};

const Notice = ({ call, now }: { call: RunningCall; now: number }) => {
  const t = useT();
  const cancel = useCallsStore((state) => state.cancel);
  const what = waitTopicOf(call.channel);
  // The clock ticks once a second; what arrived since is counted from its own arrival, not an older tick.
  const pauseLeft = call.pause ? Math.ceil((call.pause.until - Math.max(now, call.pause.since)) / 1000) : 0;
  const elapsed = Math.floor((Math.max(now, call.startedAt) - call.startedAt) / 1000);
  const text =
    call.pause && pauseLeft > 0
      ? t(call.pause.reason === 'throttled' ? m.throttled : m.retrying, { seconds: pauseLeft, what })
      : namesSlowWait(call.channel) && elapsed >= SLOW_AFTER_SECONDS
        ? t(m.slow, { seconds: elapsed, what })
        : null;
  if (text === null) return null;
  return (
    <MessageBar intent={call.pause?.reason === 'throttled' ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void cancel(call.channel)}>
          {t(m.stop)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
};

/**
 * Words for every wait: what TAP Desk is waiting for once a request takes longer than a few seconds, and the
 * pause Microsoft asked for with a countdown; each with a way to stop waiting.
 */
export const WaitNotice = () => {
  const styles = useStyles();
  const t = useT();
  const running = useCallsStore((state) => state.running);
  const calls = Object.values(running).filter((call) => call !== undefined);
  const now = useNow(calls.length > 0);
  return (
    <div role="status" aria-label={t(m.region)} className={styles.root}>
      {calls.map((call) => (
        <Notice key={call.channel} call={call} now={now} />
      ))}
    </div>
  );
};
