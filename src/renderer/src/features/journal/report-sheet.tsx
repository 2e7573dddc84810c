import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { JournalIntegrity, JournalRecord } from '../../../../shared';
import { formatDay, formatLocal, formatTimeOfDay } from '../../format/date-time';
import { errorTitleOf } from '../../ui/errors/error-text';
import { useT } from '../../ui/i18n/translate';
import { usePanelStyles } from '../../ui/panel';
import { useSessionStore } from '../accounts';
import { IntegrityNote } from './integrity-note';
import { actionWords, brokenSentence } from './journal-words';
import { journalMessages as m } from './messages';
import { PassOptions } from './pass-options';
import { actionTotals } from './today-model';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  totals: { maxWidth: '24rem' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  cell: { overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXS },
  timeColumn: { width: '6rem' },
  actionColumn: { width: '11rem' },
  caption: { textAlign: 'start', captionSide: 'top', padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  entries: {
    // Paper is the one place a wide table cannot scroll: rows stay whole on a page.
    '@media print': { '& tr': { breakInside: 'avoid' } },
  },
});

/** What an entry adds beyond its action: the options of a pass, why an act was refused or failed, or what the check found. */
const Details = ({ entry }: { entry: JournalRecord }) => {
  const t = useT();
  if (entry.breakFound) {
    const [message, values] = brokenSentence(entry.breakFound);
    return <>{t(message, values)}</>;
  }
  if (entry.error) {
    return (
      <>
        {t(errorTitleOf(entry.error.code))}
        {entry.error.requestId && <> {t(m.requestId, { id: entry.error.requestId })}</>}
      </>
    );
  }
  return <PassOptions options={entry.options} issuedAt={entry.at} />;
};

interface Props {
  day: Date;
  entries: JournalRecord[];
  integrity: JournalIntegrity;
  /** Set on the printed copy only, which says when and by whom it was printed. */
  printedAt?: Date;
}

/** One day of this desk's journal as a report: totals per action, every entry, and whether the journal checks out. */
export const ReportSheet = ({ day, entries, integrity, printedAt }: Props) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = useT();
  const totalsId = useId();
  const entriesId = useId();
  const session = useSessionStore((state) => state.session);
  const active = session?.active ?? null;
  const tenant = active ? session?.profiles.find((profile) => profile.id === active.profileId)?.label : undefined;
  const totals = actionTotals(entries);

  return (
    <article className={styles.sheet}>
      <h3 className={styles.title}>{t(m.reportTitle, { date: formatDay(day) })}</h3>
      {tenant && <p className={styles.meta}>{t(m.reportTenant, { tenant })}</p>}
      {printedAt && active && <p className={styles.meta}>{t(m.reportPrintedBy, { time: formatLocal(printedAt), name: active.name })}</p>}
      <IntegrityNote integrity={integrity} />
      <section aria-labelledby={totalsId}>
        <h4 id={totalsId} className={panel.heading}>
          {t(m.totalsHeading)}
        </h4>
        <Table size="small" className={styles.totals}>
          <caption className={styles.caption}>{t(m.totalsCaption)}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t(m.actionColumn)}</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.number}>
                {t(m.countColumn)}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {totals.map(({ action, count }) => (
              <TableRow key={action}>
                <TableHeaderCell scope="row">{t(actionWords[action])}</TableHeaderCell>
                <TableCell className={styles.number}>{count}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t(m.totalRow)}</TableHeaderCell>
              <TableCell className={styles.number}>{entries.length}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </section>
      <section aria-labelledby={entriesId}>
        <h4 id={entriesId} className={panel.heading}>
          {t(m.entriesHeading)}
        </h4>
        {entries.length === 0 ? (
          <p className={styles.meta}>{t(m.noEntries)}</p>
        ) : (
          <Table size="small" className={styles.entries}>
            <caption className={styles.caption}>{t(m.entriesCaption)}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className={styles.timeColumn}>
                  {t(m.timeColumn)}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className={styles.actionColumn}>
                  {t(m.actionColumn)}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t(m.personColumn)}</TableHeaderCell>
                <TableHeaderCell scope="col">{t(m.technicianColumn)}</TableHeaderCell>
                <TableHeaderCell scope="col">{t(m.detailsColumn)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={entry.seq}>
                  <TableCell className={styles.cell}>{formatTimeOfDay(entry.at)}</TableCell>
                  <TableCell className={styles.cell}>{t(actionWords[entry.action])}</TableCell>
                  <TableCell className={styles.cell} translate="no">
                    {entry.person.id && `${entry.person.displayName} · ${entry.person.userPrincipalName}`}
                  </TableCell>
                  <TableCell className={styles.cell} translate="no">
                    {entry.technician.userPrincipalName}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <Details entry={entry} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </article>
  );
};
