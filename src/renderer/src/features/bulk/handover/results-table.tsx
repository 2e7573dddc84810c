import { Badge, Button, Field, Select, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { PersonSearch20Regular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { CohortOutcome, CohortPerson } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import { bulkMessages as m } from '../messages';
import { matches, nameOf, outcomeFilters, type HandoverRow, type OutcomeFilter } from './handover-rows';
import { outcomeWords } from './outcome-words';

/** Narrower than this (800×600 at 200 % zoom), each row's cells stack instead of sitting side by side. */
const narrow = '@media (max-width: 36em)';

const useStyles = makeStyles({
  filter: { maxWidth: '20rem' },
  scroll: { maxHeight: '60vh', overflowY: 'auto', overflowX: 'hidden' },
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    [narrow]: { '& thead': { display: 'none' }, '& tr, & td': { display: 'block' } },
  },
  caption: { textAlign: 'start', captionSide: 'top', padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  header: { textAlign: 'start', padding: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  personColumn: { width: '35%' },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cell: { verticalAlign: 'top', padding: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const badgeColour: Record<CohortOutcome, BadgeProps['color']> = { issued: 'success', skipped: 'informative', refused: 'warning', failed: 'danger' };

interface RowProps {
  row: HandoverRow;
  onOpenCard?: (person: CohortPerson) => void;
}

const ResultRow = ({ row, onOpenCard }: RowProps) => {
  const styles = useStyles();
  const t = useT();
  const words = outcomeWords(row.result, row.finding);
  const { person } = row;
  const requestId = row.result.error?.requestId;
  return (
    <tr className={styles.row}>
      <td className={styles.cell}>
        <span className={styles.stack}>
          <span translate="no">{nameOf(row)}</span>
          {person && (
            <span className={styles.meta} translate="no">
              {person.userPrincipalName}
            </span>
          )}
          <span className={styles.meta}>{t(m.line, { line: row.line })}</span>
        </span>
      </td>
      <td className={styles.cell}>
        <span className={styles.stack}>
          <Badge appearance="tint" color={badgeColour[row.result.outcome]}>
            {t(words.outcome)}
          </Badge>
          {words.lines.map((line) => (
            <span key={line.id}>{t(line)}</span>
          ))}
          {requestId && <span className={styles.meta}>{t(m.requestId, { id: requestId })}</span>}
          {words.openCard && person && onOpenCard && (
            <Button size="small" icon={<PersonSearch20Regular />} aria-label={t(m.openCardFor, { name: person.displayName })} onClick={() => onOpenCard(person)}>
              {t(m.openCard)}
            </Button>
          )}
        </span>
      </td>
    </tr>
  );
};

interface Props {
  rows: HandoverRow[];
  onOpenCard?: (person: CohortPerson) => void;
}

/** Every row's outcome in plain words, filtered by outcome; the person's card is a click away where only it can tell more. */
export const ResultsTable = ({ rows, onOpenCard }: Props) => {
  const styles = useStyles();
  const t = useT();
  const captionId = useId();
  const [filter, setFilter] = useState<OutcomeFilter>('all');
  const shown = useMemo(() => rows.filter((row) => matches(row, filter)), [rows, filter]);

  return (
    <>
      <Field label={t(m.filterLabel)} className={styles.filter}>
        <Select value={filter} onChange={(_, data) => setFilter(data.value as OutcomeFilter)}>
          {outcomeFilters.map((option) => (
            <option key={option} value={option}>
              {t(m.filterOption, { filter: option, count: rows.filter((row) => matches(row, option)).length })}
            </option>
          ))}
        </Select>
      </Field>
      {shown.length === 0 ? (
        <p className={styles.empty}>{t(m.noRowsShown)}</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={styles.table}>
            <caption id={captionId} className={styles.caption}>
              {t(m.resultsCaption, { count: shown.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.header, styles.personColumn)}>
                  {t(m.personColumn)}
                </th>
                <th scope="col" className={styles.header}>
                  {t(m.outcomeColumn)}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <ResultRow key={row.line} row={row} onOpenCard={onOpenCard} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};
