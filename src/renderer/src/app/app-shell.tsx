import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useSessionStore } from '../features/accounts';
import { clearJournal } from '../features/journal';
import { useTenantSettingsStore } from '../features/settings';
import { useMenuLabels } from '../features/shell';
import { ErrorMessage } from '../ui/errors/error-message';
import { useT } from '../ui/i18n/translate';
import { Brand } from './brand';
import { clearAccount } from './clear-workspace';
import { refreshRecentPeople } from './journal-people';
import { appMessages as m } from './messages';
import { SignInScreen } from './sign-in-screen';
import { WorkspaceScreen } from './workspace-screen';

const useStyles = makeStyles({
  center: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '40rem',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXXL,
  },
});

/** Loads the session once and shows sign-in or the workspace for the active account. */
export const AppShell = () => {
  const styles = useStyles();
  const t = useT();
  const status = useSessionStore((state) => state.status);
  const error = useSessionStore((state) => state.error);
  const active = useSessionStore((state) => state.session?.active ?? null);
  const addingAccount = useSessionStore((state) => state.addingAccount);
  const load = useSessionStore((state) => state.load);
  const accountKey = active ? `${active.profileId}/${active.homeAccountId}` : null;
  const activeProfileId = active?.profileId ?? null;
  useMenuLabels();

  useEffect(() => {
    void load();
  }, [load]);

  // Nothing about one account's person, pass, batch or journal may be visible under another account.
  useEffect(() => {
    clearAccount();
    clearJournal();
    if (accountKey) refreshRecentPeople();
  }, [accountKey]);

  // Every sign-in and switch reads the tenant's settings afresh.
  useEffect(() => {
    void useTenantSettingsStore.getState().load(activeProfileId);
  }, [accountKey, activeProfileId]);

  if (status === 'loading') {
    return (
      <main className={styles.center}>
        <Brand />
        <Spinner label={t(m.starting)} />
      </main>
    );
  }
  if (status === 'failed') {
    return (
      <main className={styles.center}>
        <Brand />
        {error && <ErrorMessage error={error} action={<Button onClick={() => void load()}>{t(m.tryAgain)}</Button>} />}
      </main>
    );
  }
  return active && !addingAccount ? <WorkspaceScreen /> : <SignInScreen />;
};
