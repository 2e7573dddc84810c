import { Field, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { BULK_MAX_HOLD_MINUTES, BULK_MIN_HOLD_MINUTES, MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES, serviceLimits } from '../../../../shared';
import { formatLifetimeRange, formatMinutes } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { SettingInput } from './setting-input';
import { SettingSwitch } from './setting-switch';
import type { ErrorOf, SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  number: { width: '9rem' },
});

/** Filled in on choosing a set lifetime: the same hour the create form falls back to. */
const suggestedLifetime = '60';

/** A week: the furthest ahead a pass may start. */
const MAX_START_OFFSET_MINUTES = 7 * 24 * 60;
/** The limits the settings schema holds these fields to, for the inputs and their hints. */
const autoHideRange = { min: 15, max: 900 };
const clipboardClearRange = { min: 5, max: 300 };

interface Props {
  form: SettingsForm;
  errorOf: ErrorOf;
}

export const PassDefaultsSection = ({ form, errorOf }: Props) => {
  const styles = useStyles();
  const t = useT();
  const edit = useSettingsPageStore((state) => state.edit);
  return (
    <SettingsSection title={t(m.passDefaultsTitle)} intro={t(m.passDefaultsIntro)}>
      <Field label={t(m.defaultLifetime)}>
        <RadioGroup
          value={form.lifetimeMode}
          onChange={(_, data) =>
            edit({
              lifetimeMode: data.value === 'minutes' ? 'minutes' : 'policy',
              lifetimeMinutes: form.lifetimeMinutes || suggestedLifetime,
            })
          }
        >
          <Radio value="policy" label={t(m.lifetimeFromPolicy)} />
          <Radio value="minutes" label={t(m.lifetimeSet)} />
        </RadioGroup>
      </Field>
      {form.lifetimeMode === 'minutes' && (
        <SettingInput
          field="lifetimeMinutes"
          label={t(m.lifetimeMinutes)}
          hint={t(m.lifetimeMinutesHint, { min: MIN_LIFETIME_MINUTES, max: MAX_LIFETIME_MINUTES, range: formatLifetimeRange(serviceLimits) })}
          error={errorOf('lifetimeMinutes')}
          type="number"
          min={MIN_LIFETIME_MINUTES}
          max={MAX_LIFETIME_MINUTES}
          className={styles.number}
        />
      )}
      <SettingSwitch field="isUsableOnce" label={t(m.oneTimeByDefault)} />
      <SettingInput
        field="startOffsetMinutes"
        label={t(m.startOffset)}
        hint={t(m.startOffsetHint, { max: MAX_START_OFFSET_MINUTES, duration: formatMinutes(MAX_START_OFFSET_MINUTES) })}
        error={errorOf('startOffsetMinutes')}
        type="number"
        min={0}
        max={MAX_START_OFFSET_MINUTES}
        className={styles.number}
      />
      <SettingInput
        field="autoHideSeconds"
        label={t(m.autoHide)}
        hint={t(m.autoHideHint, autoHideRange)}
        error={errorOf('autoHideSeconds')}
        type="number"
        min={autoHideRange.min}
        max={autoHideRange.max}
        className={styles.number}
      />
      <SettingInput
        field="clipboardClearSeconds"
        label={t(m.clipboardClear)}
        hint={t(m.clipboardClearHint, clipboardClearRange)}
        error={errorOf('clipboardClearSeconds')}
        type="number"
        min={clipboardClearRange.min}
        max={clipboardClearRange.max}
        className={styles.number}
      />
      <SettingInput
        field="bulkHoldMinutes"
        label={t(m.bulkHold)}
        hint={t(m.bulkHoldHint, { min: BULK_MIN_HOLD_MINUTES, max: BULK_MAX_HOLD_MINUTES })}
        error={errorOf('bulkHoldMinutes')}
        type="number"
        min={BULK_MIN_HOLD_MINUTES}
        max={BULK_MAX_HOLD_MINUTES}
        className={styles.number}
      />
    </SettingsSection>
  );
};
