import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldCheckmark20Regular } from '@fluentui/react-icons';
import type { JournalIntegrity } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { useT } from '../../ui/i18n/translate';
import { brokenSentence } from './journal-words';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  intact: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, margin: 0 },
  icon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1 },
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/** Whether the journal still checks out, first thing in the panel and on the printed report. */
export const IntegrityNote = ({ integrity }: { integrity: JournalIntegrity }) => {
  const styles = useStyles();
  const t = useT();
  if (integrity.state === 'empty') return <p className={styles.intact}>{t(m.integrityEmpty)}</p>;
  if (integrity.state === 'intact') {
    return (
      <>
        <p className={styles.intact}>
          <ShieldCheckmark20Regular className={styles.icon} aria-hidden />
          <span>{t(m.integrityIntact, { date: formatLocal(integrity.since), count: integrity.entries })}</span>
        </p>
        {!integrity.sealed && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t(m.integrityNotSealed)}</MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  }
  const [sentence, values] = brokenSentence(integrity);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(m.integrityBroken)}</MessageBarTitle>
        <span className={styles.line}>{t(sentence, values)}</span>
        <span className={styles.line}>
          {integrity.intactUntil ? t(m.intactUntil, { date: formatLocal(integrity.intactUntil) }) : t(m.intactNone)}
        </span>
        {integrity.expectedSeq !== null && <span className={styles.line}>{t(m.expectedEntry, { seq: integrity.expectedSeq })}</span>}
        <span className={styles.line}>{t(m.brokenAdvice)}</span>
      </MessageBarBody>
    </MessageBar>
  );
};
