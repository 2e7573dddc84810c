import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { DeskCapability, PreflightFinding } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { findingWords } from './finding-text';
import { issuingMessages as m } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  findings: PreflightFinding[];
  /** False when the technician's role cannot read the TAP policy. */
  policyReadable: boolean;
  /** What the technician's role allows; absent while it is not known. */
  desk: DeskCapability | undefined;
}

/** Blocking findings first: they decide whether a pass can be issued at all. */
export const FindingList = ({ findings, policyReadable, desk }: Props) => {
  const styles = useStyles();
  const t = useT();
  // The note about the technician's role already says that this role cannot read the policy.
  const policyNote = !policyReadable && desk?.canReadPolicy !== false;
  if (findings.length === 0 && !policyNote) return null;
  const ordered = [...findings].sort((a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn'));
  return (
    <div className={styles.list}>
      {ordered.map((finding) => {
        const { title, text } = findingWords(finding, desk);
        return (
          <MessageBar key={finding.code} intent={finding.severity === 'block' ? 'error' : 'warning'} layout={title ? 'multiline' : 'auto'}>
            <MessageBarBody>
              {title && <MessageBarTitle>{t(title)}</MessageBarTitle>} {t(text)}
            </MessageBarBody>
          </MessageBar>
        );
      })}
      {policyNote && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.policyUnreadableTitle)}</MessageBarTitle> {t(m.policyUnreadableText)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
