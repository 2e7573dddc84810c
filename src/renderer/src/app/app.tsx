import { FluentProvider, makeStaticStyles, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { LiveRegion } from '../ui/live-region';
import { AppShell } from './app-shell';

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
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <AppShell />
      <LiveRegion />
    </FluentProvider>
  );
};
