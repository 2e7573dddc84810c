import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { PreflightFinding } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { findingText, findingTitle } from './finding-text';
import { issuingMessages as m } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  findings: PreflightFinding[];
  /** False when the technician's role cannot read the TAP policy. */
  policyReadable: boolean;
}

/** Blocking findings first: they decide whether a pass can be issued at all. */
export const FindingList = ({ findings, policyReadable }: Props) => {
  const styles = useStyles();
  const t = useT();
  if (findings.length === 0 && policyReadable) return null;
  const ordered = [...findings].sort((a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn'));
  return (
    <div className={styles.list}>
      {ordered.map((finding) => (
        <MessageBar key={finding.code} intent={finding.severity === 'block' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(findingTitle[finding.code])}</MessageBarTitle> {t(findingText(finding))}
          </MessageBarBody>
        </MessageBar>
      ))}
      {!policyReadable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.policyUnreadableTitle)}</MessageBarTitle> {t(m.policyUnreadableText)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
