import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { followCalls } from '../features/calls';
import { ManagedStatusNotice } from '../features/managed';
import { StoreProblemNotice, usePreferencesStore } from '../features/preferences';
import { LiveRegion } from '../ui/live-region';
import { AppShell } from './app-shell';
import { DeskIntlProvider } from './desk-intl-provider';
import { useDeskTheme } from './use-desk-theme';

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export const App = () => {
  useGlobalStyles();
  const styles = useStyles();
  const choice = usePreferencesStore((state) => state.preferences.theme);
  const { name, theme } = useDeskTheme(choice);

  useEffect(() => {
    void usePreferencesStore.getState().load();
  }, []);

  useEffect(() => followCalls(), []);

  return (
    <DeskIntlProvider>
      <FluentProvider theme={theme} data-theme={name}>
        {/* The page's own surface sits inside: the provider's class also goes to every portal, which must not fill the window. */}
        <div className={styles.root}>
          <StoreProblemNotice />
          <ManagedStatusNotice />
          <AppShell />
          <LiveRegion />
        </div>
      </FluentProvider>
    </DeskIntlProvider>
  );
};
