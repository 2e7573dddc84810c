import { makeStyles, tokens } from '@fluentui/react-components';
import type { JournalEntry } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { formatMinutes } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalS}`, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The options a pass was issued with: lifetime, one-time or multi-use, and a later start. */
export const PassOptions = ({ options, issuedAt }: { options: JournalEntry['options']; issuedAt: string }) => {
  const styles = useStyles();
  const t = useT();
  if (!options) return null;
  const { lifetimeInMinutes, isUsableOnce, startDateTime } = options;
  // A start within the minute of issuing is "at once", however the service rounded it.
  const later = startDateTime !== null && new Date(startDateTime).getTime() - new Date(issuedAt).getTime() > 60_000;
  return (
    <ul className={styles.list}>
      <li>{lifetimeInMinutes === null ? t(m.lifetimePolicy) : t(m.lifetime, { duration: formatMinutes(lifetimeInMinutes) })}</li>
      {isUsableOnce !== null && <li>{t(isUsableOnce ? m.oneTime : m.multiUse)}</li>}
      {later && <li>{t(m.startsLater, { time: formatLocal(startDateTime) })}</li>}
    </ul>
  );
};
