import { Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import type { AppError } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { countdownOf, useSecondsLeft, type Countdown } from '../use-seconds-left';
import { errorText } from './error-text';
import { passStateText } from './pass-state-text';

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3 },
  requestId: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  requestIdInput: { fontFamily: tokens.fontFamilyMonospace, minWidth: '22em' },
});

interface Props {
  error: AppError;
  /** E.g. a "Try again" button. */
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

export const ErrorMessage = ({ error, action }: Props) => {
  const styles = useStyles();
  const text = errorText[error.code];
  const remaining = useSecondsLeft(useRetryCountdown(error));
  const requestIdLabel = useId();
  const showMessage = error.message.trim() !== '' && error.message !== text.title;

  return (
    <MessageBar intent={calmCodes.has(error.code) ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {error.passState && <span className={styles.line}>{passStateText(error.passState)}</span>}
        {error.code === 'pass_changed' && error.currentPass?.createdDateTime && (
          <span className={styles.line}>{`The pass the person has now was issued ${formatLocal(error.currentPass.createdDateTime)}.`}</span>
        )}
        <span className={styles.line}>{text.next}</span>
        {error.retryAfterSeconds !== undefined && (
          <span className={styles.line}>{remaining > 0 ? `Try again in ${remaining} s.` : 'You can try again now.'}</span>
        )}
        {showMessage && <span className={styles.detail}>{error.message}</span>}
        {error.requestId && (
          <span className={styles.requestId}>
            <span id={requestIdLabel}>Request ID</span>
            <Input
              size="small"
              appearance="underline"
              readOnly
              value={error.requestId}
              aria-labelledby={requestIdLabel}
              className={styles.requestIdInput}
              onFocus={(event) => event.currentTarget.select()}
            />
          </span>
        )}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
};
