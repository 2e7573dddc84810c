import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { UserSummary } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { peopleMessages as m } from './messages';
import { ResultOption } from './result-option';

const useStyles = makeStyles({
  listbox: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: `0 calc(-1 * ${tokens.spacingHorizontalS})` },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const recentOptionId = (listId: string, index: number) => `${listId}-recent-${index}`;

interface Props {
  id: string;
  people: readonly UserSummary[];
  activeIndex: number;
  chosenId: string | null;
  onChoose: (index: number) => void;
  onHover: (index: number) => void;
}

/** Today's people as options of the search box, worked from the box like the search results. */
export const RecentList = ({ id, people, activeIndex, chosenId, onChoose, onHover }: Props) => {
  const styles = useStyles();
  const t = useT();
  const labelId = useId();
  return (
    <>
      <p id={labelId} className={styles.label}>
        {t(m.recentLabel)}
      </p>
      {people.length === 0 && <p className={styles.note}>{t(m.recentEmpty)}</p>}
      <div id={id} role="listbox" aria-labelledby={labelId} className={styles.listbox}>
        {people.map((user, index) => (
          <ResultOption
            key={user.id}
            id={recentOptionId(id, index)}
            user={user}
            active={index === activeIndex}
            chosen={user.id === chosenId}
            onChoose={() => onChoose(index)}
            onHover={() => onHover(index)}
          />
        ))}
      </div>
    </>
  );
};
