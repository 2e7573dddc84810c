import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { reviewMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexBasis: '100%' },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  issue: number;
  replace: number;
  /** Why issuing is not possible yet, in the order to deal with it. */
  blocker: Message | null;
  busy: boolean;
  onIssue: () => void;
  onBack: () => void;
}

/** How many passes go out, and the button that sends them; Back returns to the list. */
export const IssueBar = ({ issue, replace, blocker, busy, onIssue, onBack }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.root}>
      <div className={styles.notes}>
        {replace > 0 && <p className={styles.note}>{t(m.replacing, { count: replace })}</p>}
        {blocker && <p className={styles.note}>{t(blocker)}</p>}
      </div>
      <Button appearance="primary" disabledFocusable={busy || blocker !== null} onClick={onIssue}>
        {t(m.issue, { count: issue })}
      </Button>
      <Button icon={<ArrowLeft20Regular />} disabledFocusable={busy} onClick={onBack}>
        {t(m.back)}
      </Button>
    </div>
  );
};
