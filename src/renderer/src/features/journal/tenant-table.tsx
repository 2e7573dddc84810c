import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldPerson20Regular } from '@fluentui/react-icons';
import type { TenantPassEvent } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { useT } from '../../ui/i18n/translate';
import { journalMessages as m } from './messages';

const useStyles = makeStyles({
  // A table keeps its columns; below its width it scrolls sideways inside this region, which the keyboard can reach.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '44rem' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  caption: { textAlign: 'start', captionSide: 'top', padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
});

const Initiator = ({ by }: { by: TenantPassEvent['initiatedBy'] }) => {
  const styles = useStyles();
  const t = useT();
  if (by.app) return <span>{t(m.byApp, { app: by.app })}</span>;
  if (!by.displayName && !by.userPrincipalName) return <span>{t(m.byUnknown)}</span>;
  return (
    <span className={styles.stack} translate="no">
      {by.displayName && <span>{by.displayName}</span>}
      {by.userPrincipalName && <span className={styles.meta}>{by.userPrincipalName}</span>}
    </span>
  );
};

interface Props {
  events: TenantPassEvent[];
  caption: string;
}

/** Passes issued and deleted in the tenant: when, what, for whom, by whom, and where the row comes from. */
export const TenantTable = ({ events, caption }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t(m.timeColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.eventColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.personColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.byColumn)}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(m.sourceColumn)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.key}>
              <TableCell>{formatLocal(event.at)}</TableCell>
              <TableCell>{t(event.kind === 'issued' ? m.eventIssued : m.eventDeleted)}</TableCell>
              <TableCell>
                <span className={styles.stack}>
                  <span translate="no">{event.person.displayName}</span>
                  <span className={styles.meta} translate="no">
                    {event.person.userPrincipalName}
                  </span>
                  {event.privileged && (
                    <Badge appearance="filled" color="danger" icon={<ShieldPerson20Regular />} title={t(m.privilegedHint)}>
                      {t(m.privileged)}
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell>
                <Initiator by={event.initiatedBy} />
              </TableCell>
              <TableCell>
                <span className={styles.badges}>
                  {event.sources.includes('desk') && (
                    <Badge appearance="tint" color="brand">
                      {t(m.sourceDesk)}
                    </Badge>
                  )}
                  {event.sources.includes('entra') && (
                    <Badge appearance="outline" color="informative">
                      {t(m.sourceEntra)}
                    </Badge>
                  )}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
