import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { DeskPassStatus } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { inUiLocale, useT } from '../../ui/i18n/translate';
import { methodText } from '../../ui/method-name';
import { useVisuallyHiddenStyles } from '../../ui/visually-hidden';
import { phaseColour, phaseWords } from './journal-words';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  badge: { maxWidth: '100%', height: 'auto', whiteSpace: 'normal', textAlign: 'start' },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/** Passes whose end still lies ahead: saying until when they work is worth a line. */
const stillWorking = new Set<DeskPassStatus['phase']>(['waiting', 'not_yet_valid', 'method_registered']);

const listed = (items: string[]): string => inUiLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items));

/** Where one pass stands, in words on a badge, with the new methods and its end where they matter. */
export const PassPhase = ({ status, checking }: { status: DeskPassStatus | undefined; checking: boolean }) => {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useT();
  const phase = status?.phase;
  return (
    <span className={styles.root}>
      <span>
        <span className={hidden.root}>{t(m.statusLabel)} </span>
        <Badge className={styles.badge} appearance="tint" color={phase ? phaseColour[phase] : 'subtle'}>
          {phase ? t(phaseWords[phase]) : checking ? t(m.phaseChecking) : t(m.phaseUnknown)}
        </Badge>
      </span>
      {status && status.newMethods.length > 0 && <span className={styles.detail}>{t(m.newMethods, { methods: listed(status.newMethods.map(methodText)) })}</span>}
      {status?.expiresAt && stillWorking.has(status.phase) && <span className={styles.detail}>{t(m.worksUntil, { time: formatLocal(status.expiresAt) })}</span>}
    </span>
  );
};
