import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import type { BatchOptions, BatchProblems, StartRule } from './batch-options';
import type { StartCounts, StartKind } from './issue-rows';
import { reviewMessages as m } from './messages';
import { startMessages as s } from './start-messages';

const useStyles = makeStyles({
  // Each option's own field sits beside it, and drops below it when the line is too narrow.
  option: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  hint: { display: 'flex', flexDirection: 'column' },
});

interface Props {
  options: BatchOptions;
  problems: BatchProblems;
  /** How the rows to issue start under the batch's rule; null while the start holds a problem. */
  starts: StartCounts | null;
  onChange: (patch: Partial<BatchOptions>) => void;
}

const startWords: { kind: StartKind; message: Message }[] = [
  { kind: 'hire', message: s.startsOnHireDate },
  { kind: 'no_hire', message: s.startsNoHireDate },
  { kind: 'chosen', message: s.startsAtChosen },
  { kind: 'own', message: s.startsOwn },
  { kind: 'now', message: s.startsAtOnce },
];

/** When every pass starts that does not bring its own start, and what that means for the rows chosen. */
export const BatchStartField = ({ options, problems, starts, onChange }: Props) => {
  const styles = useStyles();
  const t = useT();
  const said = starts ? startWords.filter(({ kind }) => starts[kind] > 0) : [];
  const hint =
    said.length > 0 ? (
      <span className={styles.hint}>
        {said.map(({ kind, message }) => (
          <span key={kind}>{t(message, { count: starts?.[kind] ?? 0 })}</span>
        ))}
      </span>
    ) : undefined;
  const startError = problems.start === 'missing' ? t(m.startMissing) : problems.start === 'in_past' ? t(m.startInPast) : undefined;
  const hireTimeError = problems.hireTime ? t(s.hireTimeMissing) : undefined;

  return (
    <Field label={t(m.start)} hint={hint}>
      <RadioGroup value={options.start} onChange={(_, data) => onChange({ start: data.value as StartRule })}>
        <Radio value="now" label={t(m.startNow)} />
        <span className={styles.option}>
          <Radio value="hire" label={t(m.startHire)} />
          {options.start === 'hire' && (
            <Field label={t(s.hireTime)} validationState={hireTimeError ? 'error' : 'none'} validationMessage={hireTimeError}>
              <Input type="time" required value={options.hireTime} onChange={(_, data) => onChange({ hireTime: data.value })} />
            </Field>
          )}
        </span>
        <span className={styles.option}>
          <Radio value="at" label={t(m.startAt)} />
          {options.start === 'at' && (
            <Field label={t(m.startTime)} validationState={startError ? 'error' : 'none'} validationMessage={startError}>
              <Input type="datetime-local" value={options.startLocal} onChange={(_, data) => onChange({ startLocal: data.value })} />
            </Field>
          )}
        </span>
      </RadioGroup>
    </Field>
  );
};
