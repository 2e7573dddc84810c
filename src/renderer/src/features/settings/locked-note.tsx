import { makeStyles, tokens } from '@fluentui/react-components';
import { LockClosed16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useT } from '../../ui/i18n/translate';
import { isLockedField } from './locked-fields';
import { settingsMessages as m } from './messages';
import type { SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';

const useStyles = makeStyles({
  note: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** "Set by your organisation", beside a setting the organisation's managed configuration fixes. */
export const LockedNote = ({ id }: { id?: string }) => {
  const styles = useStyles();
  const t = useT();
  return (
    <span id={id} className={styles.note}>
      <LockClosed16Regular aria-hidden />
      {t(m.setByOrganisation)}
    </span>
  );
};

/**
 * Whether the organisation fixes `field`; `describedBy` ties the control to its note for assistive technology,
 * where the control is not inside a Field that does so with its hint.
 */
export const useLockedField = (field: keyof SettingsForm): { locked: boolean; noteId: string; describedBy: string | undefined } => {
  const noteId = useId();
  const locked = useSettingsPageStore((state) => isLockedField(state.locked, field));
  return { locked, noteId, describedBy: locked ? noteId : undefined };
};
