import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { expiryOf } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { formatMinutes } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import type { Handoff } from './handoff-store';
import { handoffMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A pass without a start or creation time reads as starting now, so only its length is certain: null then. */
const expiryDate = (pass: Handoff['pass']): string | null =>
  (pass.startDateTime ?? pass.createdDateTime) ? formatLocal(expiryOf(pass, Date.now())) : null;

/** What stays on screen about the pass once the pass itself is gone. Times are local. */
export const PassFacts = ({ handoff, notYetValid }: { handoff: Handoff; notYetValid: boolean }) => {
  const styles = useStyles();
  const t = useT();
  const { pass } = handoff;
  const start = pass.startDateTime ?? pass.createdDateTime;
  const expires = expiryDate(pass) ?? t(m.expiresAfter, { duration: formatMinutes(pass.lifetimeInMinutes) });
  const facts: [string, string, string][] = [
    ['issued', t(m.issued), pass.createdDateTime ? formatLocal(pass.createdDateTime) : t(m.issuedJustNow)],
    ['starts', t(m.starts), start ? formatLocal(start) : t(m.startsNow)],
    ['expires', t(m.expires), expires],
  ];
  const replacedAt = pass.replacedPass?.createdDateTime;
  return (
    <div className={styles.root}>
      <span className={styles.badges}>
        <Badge appearance="tint" color={pass.isUsableOnce ? 'warning' : 'informative'}>
          {t(pass.isUsableOnce ? m.oneTimeUse : m.multiUse)}
        </Badge>
        {notYetValid && (
          <Badge appearance="tint" color="severe">
            {t(m.notYetValid)}
          </Badge>
        )}
      </span>
      <dl className={styles.list}>
        {facts.map(([key, term, value]) => (
          <div key={key} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {pass.replacedPass && (
        <span className={styles.note}>
          {replacedAt ? t(m.replacedPassIssuedAt, { date: formatLocal(replacedAt) }) : t(m.replacedPassIssuedEarlier)}
        </span>
      )}
      {pass.recovered && (
        <span className={styles.note} role="note">
          {t(m.recovered)}
        </span>
      )}
    </div>
  );
};
