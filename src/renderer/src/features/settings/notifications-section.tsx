import { Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { PASS_PLACEHOLDER } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { LockedNote, useLockedField } from './locked-note';
import { SettingInput } from './setting-input';
import { SettingSwitch } from './setting-switch';
import type { ErrorOf, SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsSection } from './settings-section';

interface Props {
  form: SettingsForm;
  errorOf: ErrorOf;
}

/** Whether, from where and to whom the notice goes, and the guarded option of putting the pass in it. */
const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export const NotificationsSection = ({ form, errorOf }: Props) => {
  const styles = useStyles();
  const t = useT();
  const { edit, touch } = useSettingsPageStore.getState();
  const acknowledgement = errorOf('passAcknowledged');
  const passLock = useLockedField('passInMail');
  return (
    <SettingsSection title={t(m.notificationsTitle)} intro={t(m.notificationsIntro)}>
      <SettingSwitch field="notificationsEnabled" label={t(m.offerNotice)} />
      <SettingInput
        field="sendFrom"
        label={t(m.sendFrom)}
        hint={t(m.sendFromHint)}
        placeholder={t(m.mailboxExample)}
        maxLength={254}
        error={errorOf('sendFrom')}
      />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t(m.recipientsLegend)}</legend>
        <Checkbox
          label={t(m.notifyPerson)}
          checked={form.notifyPerson}
          onChange={(_, data) => edit({ notifyPerson: data.checked === true })}
        />
        <Checkbox label={t(m.notifyManager)} checked={form.notifyManager} onChange={(_, data) => edit({ notifyManager: data.checked === true })} />
        <span className={styles.hint}>{t(m.recipientsHint)}</span>
      </fieldset>
      <SettingInput
        field="cc"
        label={t(m.cc)}
        hint={t(m.ccHint)}
        maxLength={2000}
        error={errorOf('cc')}
      />
      <div className={styles.group}>
        <Checkbox
          label={t(m.allowPass, { tag: `{{${PASS_PLACEHOLDER}}}` })}
          checked={form.passInMail}
          disabled={passLock.locked}
          aria-describedby={passLock.describedBy}
          onChange={(_, data) => edit({ passInMail: data.checked === true, passAcknowledged: data.checked === true && form.passAcknowledged })}
        />
        {passLock.locked && <LockedNote id={passLock.noteId} />}
      </div>
      {form.passInMail && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(m.passWarningTitle)}</MessageBarTitle>
              {t(m.passWarning)}
            </MessageBarBody>
          </MessageBar>
          <Field
            validationState={acknowledgement ? 'error' : 'none'}
            validationMessage={acknowledgement && t(acknowledgement.message, acknowledgement.values)}
          >
            <Checkbox
              label={t(m.passAcknowledge)}
              checked={form.passAcknowledged}
              onChange={(_, data) => {
                edit({ passAcknowledged: data.checked === true });
                touch('passAcknowledged');
              }}
            />
          </Field>
        </>
      )}
    </SettingsSection>
  );
};
