import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { errorText } from '../../ui/errors/error-text';
import type { TimelineStep } from './handoff-progress';
import { usePassStatusStore } from './pass-status-store';
import { StatusTimeline } from './status-timeline';
import { POLL_INTERVAL_MS, useStatusPolling } from './use-status-polling';

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  checked: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Follows the pass in Graph while the person signs in and registers a method. */
export const HandoffStatus = ({ steps }: { steps: TimelineStep[] }) => {
  const styles = useStyles();
  const headingId = useId();
  const status = usePassStatusStore((state) => state.status);
  const checking = usePassStatusStore((state) => state.checking);
  const error = usePassStatusStore((state) => state.error);
  const check = usePassStatusStore((state) => state.check);
  useStatusPolling();

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.heading}>
          Status
        </h3>
        <span className={styles.checked}>
          {status ? `Checked at ${timeOfDay.format(new Date(status.checkedAt))}` : `Checks every ${POLL_INTERVAL_MS / 1000} s`}
        </span>
        <Button
          size="small"
          icon={checking ? <Spinner size="extra-tiny" /> : <ArrowClockwise20Regular />}
          disabledFocusable={checking}
          onClick={() => void check()}
        >
          Check now
        </Button>
      </div>
      <StatusTimeline steps={steps} />
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Couldn't check the status. {errorText[error.code].title} Checking again shortly.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
