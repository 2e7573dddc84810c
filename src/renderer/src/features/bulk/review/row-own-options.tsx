import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedRow } from '../../../../../shared';
import { formatLocal } from '../../../format/date-time';
import { formatMinutes } from '../../../format/duration';
import { useT } from '../../../ui/i18n/translate';
import { hasOwnOptions, type RowOwnOptions } from './issue-rows';
import { reviewMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  // A start with its date and time wraps in the narrow column: the badge grows with it instead of cutting it off.
  badge: { height: 'auto', minHeight: '20px', paddingBlock: tokens.spacingVerticalXXS },
  note: { flexBasis: '100%', margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  row: CheckedRow;
  own: RowOwnOptions;
  /** A lifetime from the list the tenant's range refuses, in minutes. */
  droppedLifetime: number | null;
}

/** The options this row goes out with instead of the batch's, one badge each. */
export const RowOwnOptionsList = ({ row, own, droppedLifetime }: Props) => {
  const styles = useStyles();
  const t = useT();
  const badges = [
    own.lifetimeInMinutes !== undefined && t(m.optionLifetime, { duration: formatMinutes(own.lifetimeInMinutes) }),
    own.isUsableOnce !== undefined && t(own.isUsableOnce ? m.optionOneTime : m.optionMultiUse),
    own.start !== undefined && (own.start === 'now' ? t(m.optionStartsNow) : t(m.optionStartsAt, { time: formatLocal(own.start) })),
    row.options.notifyManager === true && t(m.optionNotifyManager),
  ].filter((text): text is string => typeof text === 'string');
  return (
    <span className={styles.root}>
      {badges.map((text) => (
        <Badge key={text} className={styles.badge} appearance="tint" color="informative" shape="rounded">
          {text}
        </Badge>
      ))}
      {!hasOwnOptions(own) && <span>{t(m.noOwnOptions)}</span>}
      {droppedLifetime !== null && <p className={styles.note}>{t(m.listLifetimeDropped, { duration: formatMinutes(droppedLifetime) })}</p>}
    </span>
  );
};
