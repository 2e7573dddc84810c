import { Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { cohortColumnTargetSchema, type CohortColumnTarget, type CohortMapping, type CohortTable } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import { sourceMessages as m } from './messages';
import { targetWords } from './target-words';

/** Enough rows to see what each column holds. */
const PREVIEW_ROWS = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // Columns share the width and their text wraps: the preview never scrolls sideways.
  table: { tableLayout: 'fixed', width: '100%' },
  lineColumn: { width: '3.5rem' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  head: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalXXS, minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  select: { minWidth: 0 },
  header: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  table: CohortTable;
  mapping: CohortMapping;
  onMapping: (column: number, target: CohortColumnTarget) => void;
}

/** The list's first rows as read, a choice above each column of what it holds, preset from its header or content. */
export const ListPreview = ({ table, mapping, onMapping }: Props) => {
  const styles = useStyles();
  const t = useT();
  const columns = Array.from({ length: table.columnCount }, (_, column) => column);
  const more = table.records.length - PREVIEW_ROWS;
  return (
    <div className={styles.root}>
      <Table size="small" className={styles.table} aria-label={t(m.previewLabel)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={styles.lineColumn}>
              {t(m.lineColumn)}
            </TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col" className={styles.cell}>
                <span className={styles.head}>
                  <Select
                    size="small"
                    className={styles.select}
                    aria-label={t(m.columnHolds, { column: column + 1 })}
                    value={mapping[column] ?? 'ignore'}
                    onChange={(_, data) => onMapping(column, data.value as CohortColumnTarget)}
                  >
                    {cohortColumnTargetSchema.options.map((target) => (
                      <option key={target} value={target}>
                        {t(targetWords[target])}
                      </option>
                    ))}
                  </Select>
                  {table.header && (
                    <span className={styles.header} translate="no">
                      {table.header.cells[column] ?? ''}
                    </span>
                  )}
                </span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.records.slice(0, PREVIEW_ROWS).map((record) => (
            <TableRow key={record.line}>
              <TableCell className={styles.cell}>{record.line}</TableCell>
              {columns.map((column) => (
                <TableCell key={column} className={styles.cell} translate="no">
                  {record.cells[column] ?? ''}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && <p className={styles.note}>{t(m.moreRows, { count: more })}</p>}
      {!table.header && table.records.length > 0 && <p className={styles.note}>{t(m.noHeader)}</p>}
    </div>
  );
};
