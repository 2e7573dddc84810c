import { Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { SettingInput } from './setting-input';
import type { SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsSection } from './settings-section';

interface Props {
  form: SettingsForm;
  errorOf: (field: string) => string | undefined;
}

/** Whether, from where and to whom the notice goes, and the guarded option of putting the pass in it. */
const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export const NotificationsSection = ({ form, errorOf }: Props) => {
  const styles = useStyles();
  const { edit, touch } = useSettingsPageStore.getState();
  const acknowledgement = errorOf('passAcknowledged');
  return (
    <SettingsSection
      title="E-mail notification"
      intro="After a pass is issued, TAP Desk can send a security notice in the person's language. Microsoft Graph asks for permission to send mail the first time you send."
    >
      <Switch
        label="Offer the notice after issuing a pass"
        checked={form.notificationsEnabled}
        onChange={(_, data) => edit({ notificationsEnabled: data.checked })}
      />
      <SettingInput
        field="sendFrom"
        label="Send from a shared mailbox"
        hint="Leave empty to send as yourself. Every technician needs Send As on the shared mailbox."
        placeholder="servicedesk@contoso.com"
        maxLength={254}
        error={errorOf('sendFrom')}
      />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Recipients ticked when sending</legend>
        <Checkbox
          label="The person (their mailbox, or their sign-in name when they have none)"
          checked={form.notifyPerson}
          onChange={(_, data) => edit({ notifyPerson: data.checked === true })}
        />
        <Checkbox label="Their manager" checked={form.notifyManager} onChange={(_, data) => edit({ notifyManager: data.checked === true })} />
        <span className={styles.hint}>You can change them for each mail.</span>
      </fieldset>
      <SettingInput
        field="cc"
        label="Always copy to (CC)"
        hint="Addresses separated by commas, e.g. it-security@contoso.com."
        maxLength={2000}
        error={errorOf('cc')}
      />
      <Checkbox
        label="Allow the pass itself in mails ({{pass}})"
        checked={form.passInMail}
        onChange={(_, data) => edit({ passInMail: data.checked === true, passAcknowledged: data.checked === true && form.passAcknowledged })}
      />
      {form.passInMail && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The pass is a bearer credential</MessageBarTitle>
              Whoever reads a mail with the pass can sign in as the person until it expires or is used. TAP Desk never sends it to the
              person's own mailbox, only to their manager or copy addresses, and never in the subject.
            </MessageBarBody>
          </MessageBar>
          <Field validationState={acknowledgement ? 'error' : 'none'} validationMessage={acknowledgement}>
            <Checkbox
              label="I understand that anyone with access to these mailboxes can sign in as the person"
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
