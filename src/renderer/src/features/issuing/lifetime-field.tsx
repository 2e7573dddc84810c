import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { serviceLimits } from '../../../../shared';
import { formatLifetimeRange, formatMinutes } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import { useCreatePassStore } from './create-pass-store';
import { parseLifetime, presetsFor } from './lifetime';
import { issuingMessages as m } from './messages';
import type { PassDraft } from './pass-draft';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  presets: { flexWrap: 'wrap' },
  minutes: { width: '9rem' },
});

const presetMessage = (minutes: number, draft: PassDraft) => {
  if (minutes === draft.policyDefault) return m.presetPolicyDefault;
  return minutes === draft.tenantDefault ? m.presetTenantDefault : null;
};

/** What the tenant allows, after the typed lifetime in words when there is one. */
const rangeHint = (t: ReturnType<typeof useT>, lifetime: string | null, range: string): string =>
  lifetime === null ? t(m.tenantAllows, { range }) : t(m.lifetimeAndTenantRange, { lifetime, range });

interface Props {
  draft: PassDraft;
  problem: string | null;
  disabled: boolean;
}

export const LifetimeField = ({ draft, problem, disabled }: Props) => {
  const styles = useStyles();
  const t = useT();
  const update = useCreatePassStore((state) => state.update);
  const presets = presetsFor(draft.range, draft.policyDefault, draft.tenantDefault);
  const limits = draft.range ?? serviceLimits;
  const minutes = parseLifetime(draft.lifetimeText);
  const selectedPreset = minutes !== null && presets.includes(minutes) ? String(minutes) : '';
  const lifetime = minutes !== null ? formatMinutes(minutes) : null;
  const range = draft.range ? formatLifetimeRange(draft.range) : null;
  const hint = range === null ? (lifetime ?? '') : rangeHint(t, lifetime, range);
  const presetLabel = (preset: number) => {
    const message = presetMessage(preset, draft);
    return message ? t(message, { lifetime: formatMinutes(preset) }) : formatMinutes(preset);
  };

  return (
    <div className={styles.row}>
      <Field label={t(m.lifetime)}>
        <RadioGroup
          layout="horizontal"
          className={styles.presets}
          value={selectedPreset}
          disabled={disabled}
          onChange={(_, data) => update({ lifetimeText: data.value })}
        >
          {presets.map((preset) => (
            <Radio key={preset} value={String(preset)} label={presetLabel(preset)} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t(m.lifetimeMinutes)}
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
