import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { StoreProblem } from '../../../../shared';
import { getApi } from '../../api';
import { uiMessages } from '../../ui/messages';
import { useT } from '../../ui/i18n/translate';
import { preferencesMessages as m } from './messages';

/** Says once, at start, that the app's settings file was unreadable and where it was kept. */
export const StoreProblemNotice = () => {
  const t = useT();
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  useEffect(() => {
    void getApi()
      .storeProblem()
      .then((result) => setProblem(result.ok ? result.value : null));
  }, []);
  if (!problem) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t(m.storeProblem, { keptAs: problem.keptAs })} {t(uiMessages.technicalDetail, { detail: problem.detail })}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t(m.dismiss)} onClick={() => setProblem(null)} />} />
    </MessageBar>
  );
};
