import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { useSessionStore } from '../accounts';
import { LeaveDialog } from './leave-dialog';
import { settingsMessages as m } from './messages';
import { SettingsEditor } from './settings-editor';
import { useSettingsPageStore } from './settings-page-store';
import type { PreviewPerson } from './template-preview';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem', width: '100%', margin: '0 auto' },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Props {
  profileId: string;
  /** Whom the template previews are addressed to: the person picked in the workspace, or a sample person when null. */
  previewPerson: PreviewPerson | null;
}

/** One tenant profile's settings, in place of the screen it was opened from. */
export const TenantSettingsPage = ({ profileId, previewPerson }: Props) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The profile's id stands in for its label in the moment a removed profile is still open.
  const label = useSessionStore((state) => state.session?.profiles.find((profile) => profile.id === profileId)?.label ?? profileId);
  const status = useSettingsPageStore((state) => state.status);
  const form = useSettingsPageStore((state) => state.form);
  const saved = useSettingsPageStore((state) => state.saved);
  const error = useSettingsPageStore((state) => state.error);
  const { open, leave } = useSettingsPageStore.getState();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby={headingId} className={styles.page}>
      <div className={styles.top}>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => leave()}>
          {t(m.back)}
        </Button>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          {t(m.heading, { tenant: label })}
        </h2>
      </div>
      {status === 'loading' && <Spinner size="small" labelPosition="after" label={t(m.loading)} />}
      {status === 'failed' && error && (
        <ErrorMessage error={error} action={<Button onClick={() => void open(profileId)}>{t(m.tryAgain)}</Button>} />
      )}
      {status === 'ready' && form && saved && <SettingsEditor form={form} saved={saved} profileLabel={label} previewPerson={previewPerson} />}
      <LeaveDialog profileLabel={label} />
    </section>
  );
};
