import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedRow } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import { findingWords } from './finding-words';
import { reviewMessages as m } from './messages';
import { findingCounts, type FindingFilter as Filter } from './review-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  rows: readonly CheckedRow[];
  filter: Filter;
  onFilter: (filter: Filter) => void;
}

/** One line of counts, a button per finding: pressing one shows only its rows. */
export const FindingFilter = ({ rows, filter, onFilter }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <div role="group" aria-label={t(m.filterLabel)} className={styles.root}>
      <ToggleButton size="small" shape="circular" checked={filter === 'all'} onClick={() => onFilter('all')}>
        {t(m.showAll, { count: rows.length })}
      </ToggleButton>
      {findingCounts(rows).map(({ finding, count }) => (
        <ToggleButton key={finding} size="small" shape="circular" checked={filter === finding} onClick={() => onFilter(finding)}>
          {t(findingWords[finding].count, { count })}
        </ToggleButton>
      ))}
    </div>
  );
};
