import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { usePanelStyles } from '../../ui/panel';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  title: string;
  intro?: string;
  children: ReactNode;
}

/** One card of the settings page, named by its h3 beneath the page's h2. */
export const SettingsSection = ({ title, intro, children }: Props) => {
  const panel = usePanelStyles();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={mergeClasses(panel.root, styles.fields)}>
      <h3 id={headingId} className={panel.heading}>
        {title}
      </h3>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
};
