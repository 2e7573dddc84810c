import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { JournalRecord } from '../../../../shared';
import { formatTimeOfDay } from '../../format/date-time';
import { errorTitleOf } from '../../ui/errors/error-text';
import { useT } from '../../ui/i18n/translate';
import { usePanelStyles } from '../../ui/panel';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: { flexBasis: '100%', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** What the entry says happened, for the three kinds this list shows. */
const SetbackWords = ({ entry }: { entry: JournalRecord }) => {
  const t = useT();
  if (entry.action === 'revoked') return <>{t(m.revoked)}</>;
  return <>{t(entry.action === 'refused' ? m.refused : m.failed, { act: entry.act })}</>;
};

/** Today's refusals, failures and revocations, one line each, newest first, beside the passes. */
export const SetbackList = ({ entries }: { entries: JournalRecord[] }) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={panel.heading}>
        {t(m.setbacksHeading)}
      </h3>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.seq} className={styles.item}>
            <span className={styles.time}>{formatTimeOfDay(entry.at)}</span>
            <span className={styles.name} translate="no">
              {entry.person.displayName}
            </span>
            <span>
              <SetbackWords entry={entry} />
            </span>
            {entry.error && (
              <span className={styles.reason}>
                {t(errorTitleOf(entry.error.code))}
                {entry.error.requestId && <> {t(m.requestId, { id: entry.error.requestId })}</>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
