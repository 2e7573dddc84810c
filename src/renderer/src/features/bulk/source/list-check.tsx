import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { cohortRowsFrom, type CohortRow } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import { CheckButton } from './check-button';
import type { CohortOrigin } from './cohort-origin';
import { ListPreview } from './list-preview';
import { sourceMessages as m } from './messages';
import { ProblemList } from './problem-list';
import { slashOrderOfLocale } from './slash-order';
import { useSourceStore, type ListReading } from './source-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  found: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  check: { alignSelf: 'flex-start' },
});

interface Props {
  reading: ListReading;
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** A list as read: its preview and mapping, how many people it names, its problems, and the way on to the check. */
export const ListCheck = ({ reading, busy, onRows }: Props) => {
  const styles = useStyles();
  const t = useT();
  const setMapping = useSourceStore((state) => state.setMapping);
  const { rows, problems } = useMemo(
    () => cohortRowsFrom(reading.table, reading.mapping, { slashDateOrder: slashOrderOfLocale(navigator.language) ?? undefined }),
    [reading],
  );
  return (
    <div className={styles.root}>
      <ListPreview table={reading.table} mapping={reading.mapping} onMapping={(column, target) => setMapping(reading.origin.kind, column, target)} />
      <p className={styles.found}>{t(m.peopleFound, { count: rows.length })}</p>
      <ProblemList problems={problems} />
      <span className={styles.check}>
        <CheckButton rows={rows} origin={reading.origin} busy={busy} onRows={onRows} />
      </span>
    </div>
  );
};
