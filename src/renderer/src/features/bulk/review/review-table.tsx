import { Table, TableBody, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckedRow, CohortAction, LifetimeRange } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import type { ResolvedBatch } from './batch-options';
import { ownOptionsOf, type Overrides, type RowOwnOptions } from './issue-rows';
import { reviewMessages as m } from './messages';
import { choiceOf, type Choices } from './review-model';
import { ReviewRow } from './review-row';
import { useReviewTableStyles } from './review-table-styles';
import { RowOptionsDialog } from './row-options-dialog';
import { TablePages } from './table-pages';

/** Fifty rows keep a page quick to draw and to tab through; a cohort of 1,000 is twenty pages. */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

interface Props {
  rows: readonly CheckedRow[];
  page: number;
  choices: Choices;
  overrides: Overrides;
  range: LifetimeRange;
  /** The batch's options for the per-row dialog to show; null while the batch form holds a problem. */
  batch: ResolvedBatch | null;
  disabled: boolean;
  onChoice: (line: number, action: CohortAction) => void;
  onOverride: (line: number, own: RowOwnOptions | null) => void;
  onPage: (page: number) => void;
}

/** The rows the filter shows, a page at a time, each with its finding, choice and own options. */
export const ReviewTable = ({ rows, page, choices, overrides, range, batch, disabled, onChoice, onOverride, onPage }: Props) => {
  const styles = useStyles();
  const table = useReviewTableStyles();
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  const pageRows = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const edited = editing === null ? undefined : rows.find((row) => row.line === editing);

  return (
    <div className={styles.root}>
      <Table size="small" className={table.table} aria-label={t(m.tableLabel)}>
        <TableHeader className={table.head}>
          <TableRow>
            <TableHeaderCell scope="col" className={mergeClasses(table.cell, table.lineColumn)}>
              {t(m.lineColumn)}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.keyColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.personColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.findingColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.choiceColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.optionsColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.languageColumn)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody className={table.body}>
          {pageRows.map((row) => (
            <ReviewRow
              key={row.line}
              row={row}
              choice={choiceOf(row, choices)}
              override={overrides[row.line]}
              range={range}
              disabled={disabled}
              onChoice={onChoice}
              onOptions={setEditing}
            />
          ))}
        </TableBody>
      </Table>
      <TablePages page={page} pageSize={PAGE_SIZE} count={rows.length} onPage={onPage} />
      {edited && (
        <RowOptionsDialog
          row={edited}
          own={ownOptionsOf(edited, overrides, range)}
          range={range}
          batch={batch}
          onSave={(own) => {
            onOverride(edited.line, own);
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
};
