import { useAnnouncerStore } from './announcer-store';
import { useVisuallyHiddenStyles } from './visually-hidden';

/** The one polite live region: result counts, passes created and errors are read out from here. */
export const LiveRegion = () => {
  const styles = useVisuallyHiddenStyles();
  const message = useAnnouncerStore((state) => state.message);
  const sequence = useAnnouncerStore((state) => state.sequence);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.root}>
      <span key={sequence}>{message}</span>
    </div>
  );
};
