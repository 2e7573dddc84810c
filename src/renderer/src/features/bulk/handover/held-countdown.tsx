import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { formatTimeOfDay } from '../../../format/date-time';
import { formatClock, formatMinutes } from '../../../format/duration';
import { useT } from '../../../ui/i18n/translate';
import { useSecondsLeft } from '../../../ui/use-seconds-left';
import { useBulkStore } from '../bulk-store';
import { bulkMessages as m } from '../messages';

const useStyles = makeStyles({ note: { margin: 0, color: tokens.colorNeutralForeground2 } });

/** How long main still holds the passes nobody has had yet; once that time is up, they are gone from TAP Desk. */
export const HeldCountdown = ({ waiting }: { waiting: number }) => {
  const styles = useStyles();
  const t = useT();
  const countdown = useBulkStore((state) => state.heldCountdown);
  const expired = useBulkStore((state) => state.expired);
  const seconds = useSecondsLeft(countdown);
  if (expired) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t(m.heldExpired)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!countdown || waiting === 0) return null;
  const left = seconds > 60 ? formatMinutes(Math.ceil(seconds / 60)) : formatClock(seconds);
  return <p className={styles.note}>{t(m.heldUntil, { time: formatTimeOfDay(new Date(countdown.endsAt)), left })}</p>;
};
