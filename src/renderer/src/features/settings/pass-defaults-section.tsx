import { Field, Radio, RadioGroup, Switch, makeStyles } from '@fluentui/react-components';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES, serviceLimits } from '../../../../shared';
import { formatLifetimeRange } from '../../format/duration';
import { SettingInput } from './setting-input';
import type { SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  number: { width: '9rem' },
});

/** Filled in on choosing a set lifetime: the same hour the create form falls back to. */
const suggestedLifetime = '60';

interface Props {
  form: SettingsForm;
  errorOf: (field: string) => string | undefined;
}

export const PassDefaultsSection = ({ form, errorOf }: Props) => {
  const styles = useStyles();
  const edit = useSettingsPageStore((state) => state.edit);
  return (
    <SettingsSection title="Pass defaults" intro="What the new-pass form starts with. The tenant's policy still has the last word.">
      <Field label="Default lifetime">
        <RadioGroup
          value={form.lifetimeMode}
          onChange={(_, data) =>
            edit({
              lifetimeMode: data.value === 'minutes' ? 'minutes' : 'policy',
              lifetimeMinutes: form.lifetimeMinutes || suggestedLifetime,
            })
          }
        >
          <Radio value="policy" label="Use the tenant policy's default" />
          <Radio value="minutes" label="A set number of minutes" />
        </RadioGroup>
      </Field>
      {form.lifetimeMode === 'minutes' && (
        <SettingInput
          field="lifetimeMinutes"
          label="Default lifetime (minutes)"
          hint={`${MIN_LIFETIME_MINUTES}–${MAX_LIFETIME_MINUTES} (${formatLifetimeRange(serviceLimits)}). Preselected where the tenant's policy allows it.`}
          error={errorOf('lifetimeMinutes')}
          type="number"
          min={MIN_LIFETIME_MINUTES}
          max={MAX_LIFETIME_MINUTES}
          className={styles.number}
        />
      )}
      <Switch
        label="One-time use by default"
        checked={form.isUsableOnce}
        onChange={(_, data) => edit({ isUsableOnce: data.checked })}
      />
      <SettingInput
        field="startOffsetMinutes"
        label="Start offset (minutes)"
        hint="0 starts passes now; more fills in a start time that many minutes ahead (at most 10080, 7 days)."
        error={errorOf('startOffsetMinutes')}
        type="number"
        min={0}
        max={10_080}
        className={styles.number}
      />
      <SettingInput
        field="autoHideSeconds"
        label="Hide the pass after (seconds)"
        hint="15–900. The pass is then cleared from the screen and from memory."
        error={errorOf('autoHideSeconds')}
        type="number"
        min={15}
        max={900}
        className={styles.number}
      />
      <SettingInput
        field="clipboardClearSeconds"
        label="Clear the clipboard after (seconds)"
        hint="5–300. Only if the clipboard still holds the pass."
        error={errorOf('clipboardClearSeconds')}
        type="number"
        min={5}
        max={300}
        className={styles.number}
      />
    </SettingsSection>
  );
};
