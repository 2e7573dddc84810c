import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { AuthMethod } from '../../../../shared';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  muted: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** `methods` is null when the technician's role may not see them. */
export const MethodList = ({ methods }: { methods: AuthMethod[] | null }) => {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Sign-in methods
      </h3>
      {methods === null && <span className={styles.muted}>Your role can't see this person's methods</span>}
      {methods?.length === 0 && <span className={styles.muted}>None registered yet</span>}
      {methods && methods.length > 0 && (
        <ul className={styles.list}>
          {methods.map((method) => (
            <li key={method.id}>{method.label}</li>
          ))}
        </ul>
      )}
    </section>
  );
};
