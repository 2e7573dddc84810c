import { makeStyles } from '@fluentui/react-components';
import { JOURNAL_MAX_RETENTION_MONTHS, JOURNAL_MIN_RETENTION_MONTHS } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { SettingInput } from './setting-input';
import type { ErrorOf } from './settings-form';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  number: { width: '9rem' },
});

/** How long this desk's journal stays on this computer. */
export const JournalSection = ({ errorOf }: { errorOf: ErrorOf }) => {
  const styles = useStyles();
  const t = useT();
  return (
    <SettingsSection title={t(m.journalTitle)} intro={t(m.journalIntro)}>
      <SettingInput
        field="journalRetentionMonths"
        label={t(m.retentionMonths)}
        hint={t(m.retentionMonthsHint, { min: JOURNAL_MIN_RETENTION_MONTHS, max: JOURNAL_MAX_RETENTION_MONTHS })}
        error={errorOf('journalRetentionMonths')}
        type="number"
        min={JOURNAL_MIN_RETENTION_MONTHS}
        max={JOURNAL_MAX_RETENTION_MONTHS}
        className={styles.number}
      />
    </SettingsSection>
  );
};
