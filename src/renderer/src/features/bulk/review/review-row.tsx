import { Button, Select, TableCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Options16Regular } from '@fluentui/react-icons';
import { memo } from 'react';
import { choicesFor, type CheckedRow, type CohortAction, type CohortKeyKind, type LifetimeRange } from '../../../../../shared';
import { formatLocal } from '../../../format/date-time';
import { languageName } from '../../../ui/display-names';
import { errorTitleOf } from '../../../ui/errors/error-text';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { findingWords } from './finding-words';
import { droppedListLifetime, ownOptionsOf, type RowOwnOptions } from './issue-rows';
import { reviewMessages as m } from './messages';
import { hasChoice } from './review-model';
import { RowOwnOptionsList } from './row-own-options';
import { useReviewTableStyles } from './review-table-styles';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  // Only an address may break anywhere: elsewhere that would let the table squeeze a word or a button to a letter.
  address: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  title: { fontWeight: tokens.fontWeightSemibold },
  // A select may shrink below its text where a percentage limits it; this one keeps the width of its longest choice.
  choice: { minWidth: 'max-content' },
});

const keyKinds: Record<CohortKeyKind, Message> = {
  userPrincipalName: m.keyUserPrincipalName,
  mail: m.keyMail,
  employeeId: m.keyEmployeeId,
  id: m.keyId,
};

const choiceLabels: Record<CohortAction, Message> = { issue: m.choiceIssue, replace: m.choiceReplace, skip: m.choiceSkip };

/** The finding's arguments: how many people a key names, or the line that names the person first. */
const nextValues = (row: CheckedRow) => ({ count: row.candidates ?? 0, line: row.duplicateOf ?? 0 });

const FindingCell = ({ row }: { row: CheckedRow }) => {
  const styles = useStyles();
  const t = useT();
  const words = findingWords[row.finding];
  const issued = row.existingPass?.createdDateTime;
  return (
    <span className={styles.stack}>
      <span className={styles.title}>{t(words.title)}</span>
      {row.error && <span>{t(errorTitleOf(row.error.code))}</span>}
      {row.finding === 'has_pass' && issued && <span>{t(m.hasPassIssued, { date: formatLocal(issued) })}</span>}
      <span className={styles.meta}>{t(words.next, nextValues(row))}</span>
    </span>
  );
};

interface Props {
  row: CheckedRow;
  choice: CohortAction;
  /** What the technician set for this row, replacing what the list said. */
  override: RowOwnOptions | undefined;
  range: LifetimeRange;
  disabled: boolean;
  onChoice: (line: number, action: CohortAction) => void;
  onOptions: (line: number) => void;
}

/** One checked row; memoised, so a choice in one row does not redraw the page's other rows. */
export const ReviewRow = memo(function ReviewRow({ row, choice, override, range, disabled, onChoice, onOptions }: Props) {
  const styles = useStyles();
  const table = useReviewTableStyles();
  const t = useT();
  const own = override ?? ownOptionsOf(row, {}, range);
  const droppedLifetime = override ? null : droppedListLifetime(row, range);
  // Drawn only when the rows stack on a narrow screen, where the column headers are out of sight.
  const label = (message: Message) => <span className={table.cellLabel}>{t(message)}</span>;
  return (
    <TableRow className={table.row}>
      <TableCell className={table.cell}>
        {label(m.lineColumn)}
        {row.line}
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.keyColumn)}
        <span className={mergeClasses(styles.stack, styles.address)}>
          <span translate="no">{row.key}</span>
          <span className={styles.meta}>{t(keyKinds[row.keyKind])}</span>
        </span>
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.personColumn)}
        {row.person ? (
          <span className={mergeClasses(styles.stack, styles.address)} translate="no">
            <span>{row.person.displayName}</span>
            <span className={styles.meta}>{row.person.userPrincipalName}</span>
          </span>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.findingColumn)}
        <FindingCell row={row} />
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.choiceColumn)}
        {hasChoice(row) ? (
          <Select
            className={styles.choice}
            aria-label={t(m.choiceFor, { line: row.line })}
            value={choice}
            disabled={disabled}
            onChange={(_, data) => onChoice(row.line, data.value as CohortAction)}
          >
            {choicesFor(row.finding).map((action) => (
              <option key={action} value={action}>
                {t(choiceLabels[action])}
              </option>
            ))}
          </Select>
        ) : (
          t(m.skipped)
        )}
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.optionsColumn)}
        <span className={styles.stack}>
          <RowOwnOptionsList row={row} own={own} droppedLifetime={droppedLifetime} />
          {hasChoice(row) && (
            <Button
              size="small"
              icon={<Options16Regular />}
              aria-label={t(m.ownOptionsFor, { line: row.line })}
              disabled={disabled}
              onClick={() => onOptions(row.line)}
            >
              {t(m.ownOptions)}
            </Button>
          )}
        </span>
      </TableCell>
      <TableCell className={table.cell}>
        {label(m.languageColumn)}
        <span translate={languageName(row.language) ? undefined : 'no'}>{languageName(row.language) ?? row.language}</span>
      </TableCell>
    </TableRow>
  );
});
