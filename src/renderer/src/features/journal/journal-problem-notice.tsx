import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { getApi } from '../../api';
import { formatLocal } from '../../format/date-time';
import { useT } from '../../ui/i18n/translate';
import { useJournalProblemStore } from './journal-problem-store';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/**
 * Says in the workspace, and keeps saying until dismissed, that an act was done but the journal could not record
 * it; main tells the moment it happens, and again with today's journal.
 */
export const JournalProblemNotice = () => {
  const styles = useStyles();
  const t = useT();
  const problems = useJournalProblemStore((state) => state.problems);
  const { report, dismiss } = useJournalProblemStore.getState();

  useEffect(() => getApi().on('event:journal-problem', report), [report]);

  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(m.problemTitle)}</MessageBarTitle>
        {problems.map((problem) => (
          <span key={`${problem.at} ${problem.action}`} className={styles.line}>
            {t(m.problemText, { action: problem.action, time: formatLocal(problem.at) })}
          </span>
        ))}
        <span className={styles.line}>{t(m.problemAdvice)}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={dismiss}>{t(m.dismiss)}</Button>
      </MessageBarActions>
    </MessageBar>
  );
};
