import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { expiryOf } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { formatMinutes } from '../../format/duration';
import type { Handoff } from './handoff-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A pass without a start or creation time reads as starting now, so only its length is certain. */
const expiresText = (pass: Handoff['pass']): string =>
  (pass.startDateTime ?? pass.createdDateTime) ? formatLocal(expiryOf(pass, Date.now())) : `${formatMinutes(pass.lifetimeInMinutes)} from now`;

/** What stays on screen about the pass once the pass itself is gone. Times are local. */
export const PassFacts = ({ handoff, notYetValid }: { handoff: Handoff; notYetValid: boolean }) => {
  const styles = useStyles();
  const { pass } = handoff;
  const start = pass.startDateTime ?? pass.createdDateTime;
  const facts: [string, string][] = [
    ['Issued', pass.createdDateTime ? formatLocal(pass.createdDateTime) : 'Just now'],
    ['Starts', start ? formatLocal(start) : 'Now'],
    ['Expires', expiresText(pass)],
  ];
  return (
    <div className={styles.root}>
      <span className={styles.badges}>
        <Badge appearance="tint" color={pass.isUsableOnce ? 'warning' : 'informative'}>
          {pass.isUsableOnce ? 'One-time use' : 'Multi-use'}
        </Badge>
        {notYetValid && (
          <Badge appearance="tint" color="severe">
            Not yet valid
          </Badge>
        )}
      </span>
      <dl className={styles.list}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {pass.replacedPass && (
        <span className={styles.note}>
          {`Replaced the pass issued ${pass.replacedPass.createdDateTime ? formatLocal(pass.replacedPass.createdDateTime) : 'earlier'}; it no longer works.`}
        </span>
      )}
      {pass.recovered && (
        <span className={styles.note} role="note">
          The first attempt went through but its answer was lost, so that pass could not be read. TAP Desk issued this one in its
          place; the unreadable pass no longer works.
        </span>
      )}
    </div>
  );
};
