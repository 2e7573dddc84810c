import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ContactCard20Regular } from '@fluentui/react-icons';
import type { DeskPassStatus, JournalPerson } from '../../../../shared';
import { formatTimeOfDay } from '../../format/date-time';
import { useT } from '../../ui/i18n/translate';
import { RevokePassButton } from '../handoff';
import { useJournalStore } from './journal-store';
import { revocable } from './journal-words';
import { journalMessages as m } from './messages';
import { PassOptions } from './pass-options';
import { PassPhase } from './pass-phase';
import type { IssuedRecord } from './today-model';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Side by side once the panel is wide enough for four readable columns; stacked at 200 % zoom.
    '@media (min-width: 48em)': {
      gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 3fr) minmax(0, 3fr) auto',
      columnGap: tokens.spacingHorizontalM,
      alignItems: 'start',
    },
  },
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
});

interface Props {
  entry: IssuedRecord;
  status: DeskPassStatus | undefined;
  checking: boolean;
  canOpenCard: boolean;
  onOpenCard: (person: JournalPerson) => void;
  onRevoked?: (userId: string) => void;
  /** When the cohort this pass was issued in started, if it was. */
  cohortStartedAt?: string | undefined;
}

/** One pass issued today: to whom, when and how, by whom, where it stands, and what can still be done. */
export const IssuedPassItem = ({ entry, status, checking, canOpenCard, onOpenCard, onRevoked, cohortStartedAt }: Props) => {
  const styles = useStyles();
  const t = useT();
  const revoking = useJournalStore((state) => state.revoking === entry.passId);
  const error = useJournalStore((state) => (state.revokeError?.passId === entry.passId ? state.revokeError.error : null));
  const busy = useJournalStore((state) => state.revoking !== null);
  const { revoke, stopRevoking } = useJournalStore.getState();
  const { person, passId } = entry;
  const pass = { userId: person.id, passId };

  return (
    <li className={styles.item}>
      <span className={styles.cell} translate="no">
        <span className={styles.name}>{person.displayName}</span>
        <span className={styles.meta}>{person.userPrincipalName}</span>
      </span>
      <span className={styles.cell}>
        <span>{t(entry.action === 'replaced' ? m.replacedAt : m.issuedAt, { time: formatTimeOfDay(entry.at) })}</span>
        <span className={styles.meta}>
          <PassOptions options={entry.options} issuedAt={entry.at} />
        </span>
        <span className={styles.meta}>{t(m.byTechnician, { technician: entry.technician.userPrincipalName })}</span>
        {cohortStartedAt && <span className={styles.meta}>{t(m.inCohort, { time: formatTimeOfDay(cohortStartedAt) })}</span>}
      </span>
      <PassPhase status={status} checking={checking} />
      <span className={styles.actions}>
        <Button
          size="small"
          icon={<ContactCard20Regular />}
          aria-label={t(m.openCardFor, { name: person.displayName })}
          disabledFocusable={!canOpenCard}
          onClick={() => onOpenCard(person)}
        >
          {t(m.openCard)}
        </Button>
        <RevokePassButton
          size="small"
          label={t(m.revokePassFor, { name: person.displayName })}
          displayName={person.displayName}
          available={revocable(status?.phase) && (!busy || revoking)}
          revoking={revoking}
          error={error}
          revoke={() => revoke(pass, person.displayName)}
          stop={() => stopRevoking(pass)}
          onRevoked={() => onRevoked?.(person.id)}
        />
      </span>
    </li>
  );
};
