import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { PreflightFinding } from '../../../../shared';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const titles: Record<PreflightFinding['code'], string> = {
  policy_disabled: 'Temporary Access Pass is turned off',
  user_not_in_policy_scope: 'Not covered by the pass policy',
  external_guest: 'External guest',
  self_target: 'This is your own account',
  privileged_target: 'Administrator account',
  account_disabled: 'Account disabled',
  insufficient_role: 'Outside your role',
};

interface Props {
  findings: PreflightFinding[];
  /** False when the technician's role cannot read the TAP policy. */
  policyReadable: boolean;
}

/** Blocking findings first: they decide whether a pass can be issued at all. */
export const FindingList = ({ findings, policyReadable }: Props) => {
  const styles = useStyles();
  if (findings.length === 0 && policyReadable) return null;
  const ordered = [...findings].sort((a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn'));
  return (
    <div className={styles.list}>
      {ordered.map((finding) => (
        <MessageBar key={finding.code} intent={finding.severity === 'block' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{titles[finding.code]}</MessageBarTitle> {finding.message}
          </MessageBarBody>
        </MessageBar>
      ))}
      {!policyReadable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Pass policy not readable</MessageBarTitle> Your role can't read the tenant's pass policy, so the
            lifetime choices are general ones. If the tenant refuses a value, the form corrects itself.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
