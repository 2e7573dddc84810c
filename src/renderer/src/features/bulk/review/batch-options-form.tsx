import { Checkbox, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { TapPolicy } from '../../../../../shared';
import { formatLifetimeRange, formatMinutes } from '../../../format/duration';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { lifetimeRangeOf, minutesOf, oneTimeForced, type BatchOptions, type BatchProblems, type LifetimeUnit, type StartRule } from './batch-options';
import { reviewMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fields: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  lifetime: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  minutes: { width: '7rem' },
  radios: { flexWrap: 'wrap' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  options: BatchOptions;
  problems: BatchProblems;
  policy: TapPolicy | null;
  /** How many of the rows to issue would start on their hire date under that rule. */
  hireStarts: number;
  disabled: boolean;
  onChange: (patch: Partial<BatchOptions>) => void;
}

const startRules: { value: StartRule; label: Message }[] = [
  { value: 'now', label: m.startNow },
  { value: 'hire', label: m.startHire },
  { value: 'at', label: m.startAt },
];

/** Lifetime, one-time and start of every pass a row does not set for itself. */
export const BatchOptionsForm = ({ options, problems, policy, hireStarts, disabled, onChange }: Props) => {
  const styles = useStyles();
  const t = useT();
  const range = lifetimeRangeOf(policy);
  const minutes = minutesOf(options.lifetimeText, options.lifetimeUnit);
  const forced = oneTimeForced(policy);
  const lifetimeHint = minutes !== null ? t(m.lifetimeHint, { lifetime: formatMinutes(minutes), range: formatLifetimeRange(range) }) : undefined;
  const lifetimeError =
    problems.lifetime === 'not_whole'
      ? t(m.lifetimeNotWhole, { unit: options.lifetimeUnit })
      : problems.lifetime === 'out_of_range'
        ? t(m.lifetimeOutOfRange, { range: formatLifetimeRange(range) })
        : undefined;
  const startError = problems.start === 'missing' ? t(m.startMissing) : problems.start === 'in_past' ? t(m.startInPast) : undefined;

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
      {!policy && <p className={styles.note}>{t(m.lifetimeRangeUnknown, { range: formatLifetimeRange(range) })}</p>}
      <Field label={t(m.start)} hint={options.start === 'hire' ? t(m.hireStarts, { count: hireStarts }) : undefined}>
        <RadioGroup className={styles.radios} layout="horizontal" value={options.start} onChange={(_, data) => onChange({ start: data.value as StartRule })}>
          {startRules.map(({ value, label }) => (
            <Radio key={value} value={value} label={t(label)} />
          ))}
        </RadioGroup>
      </Field>
      {options.start === 'at' && (
        <Field label={t(m.startTime)} validationState={startError ? 'error' : 'none'} validationMessage={startError}>
          <Input type="datetime-local" value={options.startLocal} onChange={(_, data) => onChange({ startLocal: data.value })} />
        </Field>
      )}
    </fieldset>
  );
};
