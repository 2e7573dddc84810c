import { Switch, makeStyles } from '@fluentui/react-components';
import { LockedNote, useLockedField } from './locked-note';
import { useSettingsPageStore } from './settings-page-store';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

/** An on/off setting; one the organisation fixes is read-only and says so, its note tied to the switch. */
export const SettingSwitch = ({ field, label }: { field: 'isUsableOnce' | 'notificationsEnabled'; label: string }) => {
  const styles = useStyles();
  const checked = useSettingsPageStore((state) => state.form?.[field] === true);
  const { locked, noteId, describedBy } = useLockedField(field);
  const edit = useSettingsPageStore((state) => state.edit);
  return (
    <div className={styles.stack}>
      <Switch label={label} checked={checked} disabled={locked} aria-describedby={describedBy} onChange={(_, data) => edit({ [field]: data.checked })} />
      {locked && <LockedNote id={noteId} />}
    </div>
  );
};
