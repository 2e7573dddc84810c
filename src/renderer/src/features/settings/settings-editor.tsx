import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TenantSettings } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { BrandingSection } from './branding-section';
import { JournalSection } from './journal-section';
import { LanguagesSection } from './languages-section';
import { settingsMessages as m } from './messages';
import { NotificationsSection } from './notifications-section';
import { PassDefaultsSection } from './pass-defaults-section';
import { ServiceDeskSection } from './service-desk-section';
import { checkForm, sameSettings, type SettingsForm } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsTransfer } from './settings-transfer';
import { TechnicalDetail } from './technical-detail';
import type { PreviewPerson } from './template-preview';
import { TemplatesSection } from './templates-section';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  status: { color: tokens.colorNeutralForeground2 },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3 },
});

interface Props {
  form: SettingsForm;
  saved: TenantSettings;
  profileLabel: string;
  previewPerson: PreviewPerson | null;
}

export const SettingsEditor = ({ form, saved, profileLabel, previewPerson }: Props) => {
  const styles = useStyles();
  const t = useT();
  const problem = useSettingsPageStore((state) => state.problem);
  const touched = useSettingsPageStore((state) => state.touched);
  const saving = useSettingsPageStore((state) => state.saving);
  const justSaved = useSettingsPageStore((state) => state.justSaved);
  const error = useSettingsPageStore((state) => state.error);
  const { save, touch, resetToDefaults } = useSettingsPageStore.getState();
  const formRef = useRef<HTMLFormElement>(null);
  const [showFirstError, setShowFirstError] = useState(0);
  const statusId = useId();

  const check = useMemo(() => checkForm(form), [form]);
  const changed = check.settings === null || !sameSettings(check.settings, saved);
  const errorOf = (field: string) => (touched[field] ? check.errors[field] : undefined);
  const status = check.settings === null ? m.fixMarkedFields : justSaved ? m.saved : changed ? null : m.noChanges;

  // After a refused submit the mistakes are marked; the first one is where the technician continues.
  useEffect(() => {
    if (showFirstError > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [showFirstError]);

  const submit = () => {
    if (check.settings !== null) return void save();
    for (const field of Object.keys(check.errors)) touch(field);
    setShowFirstError((count) => count + 1);
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.defaultsShownTitle)}</MessageBarTitle>
            {t(m.storedUnreadable)}
            <TechnicalDetail detail={problem.detail} className={styles.detail} />
          </MessageBarBody>
        </MessageBar>
      )}
      <PassDefaultsSection form={form} errorOf={errorOf} />
      <ServiceDeskSection errorOf={errorOf} />
      <BrandingSection accentColor={form.accentColor} errorOf={errorOf} />
      <LanguagesSection locations={form.locations} errorOf={errorOf} />
      <NotificationsSection form={form} errorOf={errorOf} />
      <TemplatesSection form={form} errors={check.errors} profileLabel={profileLabel} previewPerson={previewPerson} />
      <JournalSection errorOf={errorOf} />
      {error && <ErrorMessage error={error} />}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={saving || status !== null}
          aria-describedby={status ? statusId : undefined}
          icon={saving ? <Spinner size="tiny" aria-hidden /> : <Save20Regular />}
        >
          {t(m.save)}
        </Button>
        <Button icon={<ArrowReset20Regular />} disabled={saving} onClick={resetToDefaults}>
          {t(m.resetToDefaults)}
        </Button>
        {status && (
          <span id={statusId} className={styles.status}>
            {t(status)}
          </span>
        )}
      </div>
      <SettingsTransfer />
    </form>
  );
};
