import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { errorText } from '../../ui/errors/error-text';
import { inUiLocale, useT } from '../../ui/i18n/translate';
import type { TimelineStep } from './handoff-progress';
import { handoffMessages as m } from './messages';
import { usePassStatusStore } from './pass-status-store';
import { StatusTimeline } from './status-timeline';
import { POLL_INTERVAL_MS, useStatusPolling } from './use-status-polling';

const timeOfDay = (at: string): string => inUiLocale((locale) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(at)));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  checked: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Follows the pass in Graph while the person signs in and registers a method. */
export const HandoffStatus = ({ steps }: { steps: TimelineStep[] }) => {
  const styles = useStyles();
  const t = useT();
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
          {t(m.statusHeading)}
        </h3>
        <span className={styles.checked}>
          {status ? t(m.checkedAt, { time: timeOfDay(status.checkedAt) }) : t(m.checksEvery, { seconds: POLL_INTERVAL_MS / 1000 })}
        </span>
        <Button
          size="small"
          icon={checking ? <Spinner size="extra-tiny" aria-hidden /> : <ArrowClockwise20Regular />}
          disabledFocusable={checking}
          onClick={() => void check()}
        >
          {t(m.checkNow)}
        </Button>
      </div>
      <StatusTimeline steps={steps} />
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(m.checkFailed, { reason: errorText[error.code].title })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
