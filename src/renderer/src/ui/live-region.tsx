import { makeStyles } from '@fluentui/react-components';
import { useAnnouncerStore } from '../stores/announcer-store';

const useStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** The one polite live region: result counts, passes created and errors are read out from here. */
export const LiveRegion = () => {
  const styles = useStyles();
  const message = useAnnouncerStore((state) => state.message);
  const sequence = useAnnouncerStore((state) => state.sequence);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      <span key={sequence}>{message}</span>
    </div>
  );
};
