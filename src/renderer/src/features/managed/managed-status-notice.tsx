import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ManagedStatus } from '../../../../shared';
import { getApi } from '../../api';
import { uiMessages } from '../../ui/messages';
import { useT } from '../../ui/i18n/translate';
import { managedMessages as m } from './messages';
import { issueWording, problemWording } from './problem-wording';

const useStyles = makeStyles({
  body: { overflowWrap: 'anywhere' },
  issues: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXXL },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/**
 * Says once, at start, that the organisation's file could not be used (where it is, and what is wrong in it, entry
 * by entry), or that it turned a demo start down.
 */
export const ManagedStatusNotice = () => {
  const t = useT();
  const styles = useStyles();
  const [status, setStatus] = useState<ManagedStatus | null>(null);
  useEffect(() => {
    void getApi()
      .managedStatus()
      .then((result) => setStatus(result.ok ? result.value : null));
  }, []);
  if (!status) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t(m.dismiss)} onClick={() => setStatus(null)} />}
    />
  );
  const file = status.file ?? '';
  const { problem } = status;
  if (problem) {
    const what = problemWording(problem);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t(m.problemTitle)}</MessageBarTitle> {t(m.problemIntro, { file })} {t(what.message, what.values)}
          {problem.kind === 'invalid' && (
            <ul className={styles.issues}>
              {problem.issues.map((issue, index) => {
                const wording = issueWording(issue);
                return (
                  <li key={`${issue.path}-${index}`}>
                    <code translate="no">{issue.path}</code> {t(wording.message, wording.values)}
                  </li>
                );
              })}
            </ul>
          )}
          {problem.kind === 'invalid' && problem.moreIssues > 0 && t(m.moreIssues, { count: problem.moreIssues })}
          {(problem.kind === 'unreadable' || problem.kind === 'not_json') && (
            <span className={styles.detail}>{t(uiMessages.technicalDetail, { detail: problem.detail })}</span>
          )}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (status.demoRefused) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody className={styles.body}>{t(m.demoRefused, { file })}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return null;
};
