import { Checkbox, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { TapPolicy } from '../../../../../shared';
import { formatLocal, formatTimeOfDay } from '../../../format/date-time';
import { formatLifetimeRange, formatMinutes } from '../../../format/duration';
import { useT } from '../../../ui/i18n/translate';
import { lifetimeRangeOf, minutesOf, oneTimeForced, type BatchOptions, type BatchProblems, type LifetimeUnit, type StartPlan } from './batch-options';
import { BatchStartField } from './batch-start-field';
import { validityOf, type Validity } from './batch-validity';
import type { StartCounts } from './issue-rows';
import { reviewMessages as m } from './messages';
import { startMessages as s } from './start-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fields: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  lifetime: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  minutes: { width: '7rem' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  validity: { margin: 0 },
});

interface Props {
  options: BatchOptions;
  problems: BatchProblems;
  policy: TapPolicy | null;
  /** When the batch's passes start; null while the start holds a problem. */
  plan: StartPlan | null;
  /** How the rows to issue start under the batch's rule; null while the start holds a problem. */
  starts: StartCounts | null;
  disabled: boolean;
  onChange: (patch: Partial<BatchOptions>) => void;
}

/** Validity in the UI language's own time format: times of day on hire dates, whole dates and times otherwise. */
const validityWords = (t: ReturnType<typeof useT>, validity: Validity): { valid: string; warning: string | null } => {
  const format = validity.start === 'hire' ? formatTimeOfDay : formatLocal;
  const [from, to] = [format(validity.from), format(validity.to)];
  const valid = validity.start === 'hire' ? t(s.validOnHireDate, { days: validity.daysLater, from, to }) : t(s.validFromTo, { from, to });
  const warning = validity.endsBeforeNoon ? t(validity.start === 'hire' ? s.endsBeforeNoonHire : s.endsBeforeNoonAt, { to: formatTimeOfDay(validity.to) }) : null;
  return { valid, warning };
};

/** Lifetime, one-time and start of every pass a row does not set for itself, and when those passes are valid. */
export const BatchOptionsForm = ({ options, problems, policy, plan, starts, disabled, onChange }: Props) => {
  const styles = useStyles();
  const t = useT();
  const range = lifetimeRangeOf(policy);
  const minutes = problems.lifetime ? null : minutesOf(options.lifetimeText, options.lifetimeUnit);
  const forced = oneTimeForced(policy);
  const lifetimeHint = minutes !== null ? t(m.lifetimeHint, { lifetime: formatMinutes(minutes), range: formatLifetimeRange(range) }) : undefined;
  const lifetimeError =
    problems.lifetime === 'not_whole'
      ? t(m.lifetimeNotWhole, { unit: options.lifetimeUnit })
      : problems.lifetime === 'out_of_range'
        ? t(m.lifetimeOutOfRange, { range: formatLifetimeRange(range) })
        : undefined;
  const validity = plan && minutes !== null ? validityOf(plan, minutes) : null;
  const words = validity ? validityWords(t, validity) : null;

  return (
    <fieldset className={styles.root} disabled={disabled}>
      <legend className={styles.legend}>{t(m.batchHeading)}</legend>
      <div className={styles.fields}>
        <span className={styles.lifetime}>
          <Field label={t(m.lifetime)} validationState={lifetimeError ? 'error' : 'none'} validationMessage={lifetimeError} hint={lifetimeError ? undefined : lifetimeHint}>
            <Input
              className={styles.minutes}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={options.lifetimeText}
              onChange={(_, data) => onChange({ lifetimeText: data.value })}
            />
          </Field>
          <Field label={t(m.lifetimeUnit)}>
            <Select value={options.lifetimeUnit} onChange={(_, data) => onChange({ lifetimeUnit: data.value as LifetimeUnit })}>
              <option value="minutes">{t(m.unitMinutes)}</option>
              <option value="hours">{t(m.unitHours)}</option>
            </Select>
          </Field>
        </span>
        <Field hint={forced ? t(m.oneTimeForced) : undefined}>
          <Checkbox
            label={t(m.oneTime)}
            checked={forced || options.isUsableOnce}
            disabled={forced || disabled}
            onChange={(_, data) => onChange({ isUsableOnce: data.checked === true })}
          />
        </Field>
      </div>
      {words && <p className={styles.validity}>{words.valid}</p>}
      {words?.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.warning}</MessageBarBody>
        </MessageBar>
      )}
      {!policy && <p className={styles.note}>{t(m.lifetimeRangeUnknown, { range: formatLifetimeRange(range) })}</p>}
      <BatchStartField options={options} problems={problems} starts={starts} onChange={onChange} />
    </fieldset>
  );
};
