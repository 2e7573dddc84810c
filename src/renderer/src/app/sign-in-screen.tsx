import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { AccountList, AddProfileForm, ProfilePicker, useSessionStore } from '../features/accounts';
import { HelpMenu } from '../features/diagnostics';
import { PreferencesMenu } from '../features/preferences';
import { useSettingsPageStore } from '../features/settings';
import { ErrorMessage } from '../ui/errors/error-message';
import { useT } from '../ui/i18n/translate';
import { Brand } from './brand';
import { appMessages as m } from './messages';
import { SettingsPage } from './settings-page';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(22rem, 100%), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
    maxWidth: '64rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
  },
  headerActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  error: { gridColumn: '1 / -1' },
  page: { padding: tokens.spacingHorizontalXXL },
});

export const SignInScreen = () => {
  const styles = useStyles();
  const t = useT();
  const session = useSessionStore((state) => state.session);
  const error = useSessionStore((state) => state.error);
  const addingAccount = useSessionStore((state) => state.addingAccount);
  const setAddingAccount = useSessionStore((state) => state.setAddingAccount);
  const settingsProfileId = useSettingsPageStore((state) => state.profileId);
  const { open: openSettings, leave: leaveSettings } = useSettingsPageStore.getState();
  // Back from a profile's settings, keyboard focus returns to the button that opened them.
  const [returnToSettings, setReturnToSettings] = useState(false);
  if (!session) return null;
  const hasAccounts = session.accounts.length > 0;

  return (
    <>
      <header className={styles.header}>
        <Brand />
        <div className={styles.headerActions}>
          <PreferencesMenu />
          <HelpMenu />
          {addingAccount && session.active && (
            <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => leaveSettings(() => setAddingAccount(false))}>
              {t(m.backTo, { name: session.active.name })}
            </Button>
          )}
        </div>
      </header>
      {settingsProfileId ? (
        <main className={styles.page}>
          <SettingsPage profileId={settingsProfileId} />
        </main>
      ) : (
        <main className={styles.main}>
          {error && (
            <div className={styles.error}>
              <ErrorMessage error={error} />
            </div>
          )}
          <div className={styles.column}>
            {hasAccounts && <AccountList accounts={session.accounts} profiles={session.profiles} focusFirst />}
            <ProfilePicker
              profiles={session.profiles}
              focusSignIn={!hasAccounts}
              focusSettings={returnToSettings}
              onOpenSettings={(profileId) => {
                setReturnToSettings(true);
                void openSettings(profileId);
              }}
            />
          </div>
          <AddProfileForm focusFirst={session.profiles.length === 0} />
        </main>
      )}
    </>
  );
};
