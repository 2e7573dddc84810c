import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckedRow } from '../../../../../shared';
import { announce } from '../../../ui/announcer-store';
import type { Message } from '../../../ui/i18n/define-messages';
import { translate, useT } from '../../../ui/i18n/translate';
import { reviewMessages as m } from './messages';
import { ReplaceAllDialog } from './replace-all-dialog';
import { linesChangedBy, replaceableCount, type BulkChoice, type Choices } from './review-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  rows: readonly CheckedRow[];
  choices: Choices;
  disabled: boolean;
  /** Returns how many rows changed. */
  onApply: (bulk: BulkChoice) => number;
}

const buttons: { bulk: BulkChoice; label: Message }[] = [
  { bulk: 'replace_all', label: m.replaceAll },
  { bulk: 'skip_findings', label: m.skipFindings },
  { bulk: 'issue_disabled', label: m.issueDisabled },
];

/** Choices for every row that offers them; replacing passes people hold is asked first. */
export const BulkChoices = ({ rows, choices, disabled, onApply }: Props) => {
  const styles = useStyles();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const apply = (bulk: BulkChoice) => announce(translate(m.rowsChanged, { count: onApply(bulk) }));

  return (
    <div role="group" aria-label={t(m.bulkHeading)} className={styles.root}>
      {buttons.map(({ bulk, label }) => (
        <Button
          key={bulk}
          disabledFocusable={disabled || linesChangedBy(rows, choices, bulk).length === 0}
          onClick={() => (bulk === 'replace_all' ? setConfirming(true) : apply(bulk))}
        >
          {t(label)}
        </Button>
      ))}
      {confirming && (
        <ReplaceAllDialog
          count={replaceableCount(rows)}
          onKeep={() => setConfirming(false)}
          onReplace={() => {
            setConfirming(false);
            apply('replace_all');
          }}
        />
      )}
    </div>
  );
};
