import { Button, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import type { AppError } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { formatLifetimeRange } from '../../format/duration';
import { useT } from '../i18n/translate';
import { uiMessages as m } from '../messages';
import { countdownOf, useSecondsLeft, type Countdown } from '../use-seconds-left';
import { errorTitleOf, nextStepOf } from './error-text';
import { passStateText } from './pass-state-text';

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  requestId: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  requestIdInput: { maxWidth: '100%' },
  requestIdValue: { fontFamily: tokens.fontFamilyMonospace },
});

interface Props {
  error: AppError;
  /** The one action that answers the error, e.g. a "Try again" button. */
  action?: ReactNode;
}

const calmCodes = new Set<AppError['code']>(['sign_in_cancelled', 'throttled', 'pass_changed', 'cancelled']);

const retryCountdown = (error: AppError): Countdown | null =>
  error.retryAfterSeconds === undefined ? null : countdownOf(error.retryAfterSeconds);

/**
 * The wait the service asked for, started afresh whenever a new error arrives, so two throttling
 * answers with the same Retry-After each get their own countdown.
 */
const useRetryCountdown = (error: AppError): Countdown | null => {
  const [current, setCurrent] = useState(() => ({ error, countdown: retryCountdown(error) }));
  if (current.error === error) return current.countdown;
  const next = { error, countdown: retryCountdown(error) };
  setCurrent(next);
  return next.countdown;
};

const RequestId = ({ id }: { id: string }) => {
  const styles = useStyles();
  const t = useT();
  const label = useId();
  const [copied, setCopied] = useState(false);
  return (
    <span className={styles.requestId}>
      <span id={label}>{t(m.requestId)}</span>
      <Input
        size="small"
        appearance="underline"
        readOnly
        value={id}
        aria-labelledby={label}
        translate="no"
        className={styles.requestIdInput}
        // Wide enough for the whole id, so support can read every character of it.
        input={{ className: styles.requestIdValue, style: { width: `${id.length + 1}ch` } }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<Copy16Regular />}
        onClick={() => void navigator.clipboard.writeText(id).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t(m.copied) : t(m.copyRequestId)}
      </Button>
    </span>
  );
};

/** An error in the technician's words: what happened, what the service now holds, and what to do next. */
export const ErrorMessage = ({ error, action }: Props) => {
  const styles = useStyles();
  const t = useT();
  const remaining = useSecondsLeft(useRetryCountdown(error));

  return (
    <MessageBar intent={calmCodes.has(error.code) ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(errorTitleOf(error.code))}</MessageBarTitle>
        {error.passState &&
          passStateText(error.passState).map((message) => (
            <span key={message.id} className={styles.line}>
              {t(message)}
            </span>
          ))}
        {error.code === 'pass_changed' && error.currentPass?.createdDateTime && (
          <span className={styles.line}>{t(m.currentPassIssued, { date: formatLocal(error.currentPass.createdDateTime) })}</span>
        )}
        {error.lifetimeRange && <span className={styles.line}>{t(m.allowedRange, { range: formatLifetimeRange(error.lifetimeRange) })}</span>}
        <span className={styles.line}>{t(nextStepOf(error))}</span>
        {error.retryAfterSeconds !== undefined && (
          <span className={styles.line}>{remaining > 0 ? t(m.retryIn, { seconds: remaining }) : t(m.retryNow)}</span>
        )}
        {error.detail && <span className={styles.detail}>{t(m.technicalDetail, { detail: error.detail })}</span>}
        {error.requestId && <RequestId id={error.requestId} />}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
};
