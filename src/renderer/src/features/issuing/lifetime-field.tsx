import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { serviceLimits } from '../../../../shared';
import { formatLifetimeRange, formatMinutes } from '../../format/duration';
import { useCreatePassStore } from './create-pass-store';
import { parseLifetime, presetsFor } from './lifetime';
import type { PassDraft } from './pass-draft';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  presets: { flexWrap: 'wrap' },
  minutes: { width: '9rem' },
});

const presetNote = (minutes: number, draft: PassDraft): string => {
  if (minutes === draft.policyDefault) return ' (default)';
  return minutes === draft.tenantDefault ? ' (tenant default)' : '';
};

interface Props {
  draft: PassDraft;
  problem: string | null;
  disabled: boolean;
}

export const LifetimeField = ({ draft, problem, disabled }: Props) => {
  const styles = useStyles();
  const update = useCreatePassStore((state) => state.update);
  const presets = presetsFor(draft.range, draft.policyDefault, draft.tenantDefault);
  const limits = draft.range ?? serviceLimits;
  const minutes = parseLifetime(draft.lifetimeText);
  const selectedPreset = minutes !== null && presets.includes(minutes) ? String(minutes) : '';
  const hint = [
    minutes !== null ? formatMinutes(minutes) : null,
    draft.range ? `this tenant allows ${formatLifetimeRange(draft.range)}` : null,
  ]
    .filter(Boolean)
    .join('; ');

  return (
    <div className={styles.row}>
      <Field label="Lifetime">
        <RadioGroup
          layout="horizontal"
          className={styles.presets}
          value={selectedPreset}
          disabled={disabled}
          onChange={(_, data) => update({ lifetimeText: data.value })}
        >
          {presets.map((preset) => (
            <Radio
              key={preset}
              value={String(preset)}
              label={`${formatMinutes(preset)}${presetNote(preset, draft)}`}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Lifetime (minutes)"
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? undefined}
        hint={problem ? undefined : hint}
      >
        <Input
          className={styles.minutes}
          type="number"
          inputMode="numeric"
          min={limits.minimumLifetimeInMinutes}
          max={limits.maximumLifetimeInMinutes}
          step={1}
          value={draft.lifetimeText}
          disabled={disabled}
          onChange={(_, data) => update({ lifetimeText: data.value })}
        />
      </Field>
    </div>
  );
};
