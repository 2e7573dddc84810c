import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { CohortAction, CohortCheck, CohortIssueRow } from '../../../../../shared';
import { formatTimeOfDay } from '../../../format/date-time';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { Panel } from '../../../ui/panel';
import { batchProblemsOf, lifetimeRangeOf, resolveBatch, resolveStart, type BatchProblems } from './batch-options';
import { BatchOptionsForm } from './batch-options-form';
import { BulkChoices } from './bulk-choices';
import { FindingFilter } from './finding-filter';
import { IssueBar } from './issue-bar';
import { issueRowsOf, startCountsOf, type RowOwnOptions } from './issue-rows';
import { reviewMessages as m } from './messages';
import { issueCounts, rowsShown, type FindingFilter as Filter } from './review-model';
import { useReviewDraft, useReviewStore } from './review-store';
import { ReviewTable } from './review-table';

const useStyles = makeStyles({
  checked: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface CohortReviewProps {
  check: CohortCheck;
  busy: boolean;
  /** Every row chosen to issue or replace, with the options it goes out with. */
  onIssue: (rows: CohortIssueRow[]) => void;
  onBack: () => void;
}

const blockerOf = (problems: BatchProblems, issue: number): Message | null => {
  if (problems.lifetime) return m.correctLifetimeFirst;
  if (problems.start || problems.hireTime) return m.correctStartFirst;
  return issue === 0 ? m.chooseSomeone : null;
};

/** Each row's finding and choice, the batch's options and bulk choices, then the passes to issue. */
export const CohortReview = ({ check, busy, onIssue, onBack }: CohortReviewProps) => {
  const styles = useStyles();
  const t = useT();
  const draft = useReviewDraft(check);
  // A start is checked against the clock of the last Issue press (or of opening), not of every keystroke.
  const [now, setNow] = useState(() => new Date());
  const range = useMemo(() => lifetimeRangeOf(check.policy), [check.policy]);
  const shown = useMemo(() => rowsShown(check.rows, draft.filter), [check.rows, draft.filter]);
  const problems = batchProblemsOf(draft.batch, check.policy, now);
  const plan = resolveStart(draft.batch, now);
  const counts = issueCounts(check.rows, draft.choices);
  const blocker = blockerOf(problems, counts.issue);
  const { setChoice, setOverride, updateBatch, setFilter, setPage, applyBulk } = useReviewStore.getState();
  const onChoice = useCallback((line: number, action: CohortAction) => setChoice(check, line, action), [check, setChoice]);

  const issue = () => {
    const pressedAt = new Date();
    setNow(pressedAt);
    const batch = resolveBatch(draft.batch, check.policy, pressedAt);
    if (batch) onIssue(issueRowsOf(check.rows, draft.choices, draft.overrides, batch, range, pressedAt));
  };

  return (
    <Panel title={t(m.title)}>
      <p className={styles.checked}>{t(m.checkedAt, { count: check.rows.length, time: formatTimeOfDay(check.checkedAt) })}</p>
      {(!check.policy || !check.policyScopeChecked) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(check.policy ? m.policyScopeUnchecked : m.policyUnknown)}</MessageBarBody>
        </MessageBar>
      )}
      <FindingFilter rows={check.rows} filter={draft.filter} onFilter={(filter: Filter) => setFilter(check, filter)} />
      <BatchOptionsForm
        options={draft.batch}
        problems={problems}
        policy={check.policy}
        plan={plan}
        starts={plan && startCountsOf(check.rows, draft.choices, draft.overrides, range, plan, now)}
        disabled={busy}
        onChange={(patch) => updateBatch(check, patch)}
      />
      <BulkChoices rows={check.rows} choices={draft.choices} disabled={busy} onApply={(bulk) => applyBulk(check, bulk)} />
      <ReviewTable
        rows={shown}
        page={draft.page}
        choices={draft.choices}
        overrides={draft.overrides}
        range={range}
        batch={resolveBatch(draft.batch, check.policy, now)}
        disabled={busy}
        onChoice={onChoice}
        onOverride={(line: number, own: RowOwnOptions | null) => setOverride(check, line, own)}
        onPage={(page) => setPage(check, page)}
      />
      <IssueBar issue={counts.issue} replace={counts.replace} blocker={blocker} busy={busy} onIssue={issue} onBack={onBack} />
    </Panel>
  );
};
