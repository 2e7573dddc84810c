import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useSessionStore } from '../features/accounts';
import { useT } from '../ui/i18n/translate';
import { appMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

/** The app's h1, with a badge that makes demo data impossible to mistake for a real tenant. */
export const Brand = () => {
  const styles = useStyles();
  const t = useT();
  const demo = useSessionStore((state) => state.session?.demo ?? false);
  return (
    <div className={styles.root}>
      <h1 className={styles.title} translate="no">
        TAP Desk
      </h1>
      {demo && (
        <Badge appearance="filled" color="warning" size="large">
          {t(m.demoTenant)}
        </Badge>
      )}
    </div>
  );
};
