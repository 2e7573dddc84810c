import { makeStyles, tokens } from '@fluentui/react-components';
import type { CohortPerson } from '../../../../../shared';
import { formatDate } from '../../../format/date-time';
import { useT } from '../../../ui/i18n/translate';
import { sourceMessages as m } from './messages';

/** Enough names to see the range found the right people. */
const SHOWN_PEOPLE = 10;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  more: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The first people a hire-date range found, each with their sign-in name and hire date. */
export const HiresPeople = ({ people }: { people: readonly CohortPerson[] }) => {
  const styles = useStyles();
  const t = useT();
  const more = people.length - SHOWN_PEOPLE;
  return (
    <>
      <ul className={styles.list} aria-label={t(m.hiresLabel)}>
        {people.slice(0, SHOWN_PEOPLE).map((person) => (
          <li key={person.id} className={styles.item}>
            <span translate="no">
              {person.displayName} · {person.userPrincipalName}
            </span>{' '}
            <span className={styles.meta}>{person.employeeHireDate ? t(m.hiredOn, { date: formatDate(person.employeeHireDate) }) : t(m.noHireDate)}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className={styles.more}>{t(m.morePeople, { count: more })}</p>}
    </>
  );
};
