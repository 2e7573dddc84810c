import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { formatDate } from '../../format/date-time';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { AuditLogNote } from './audit-log-note';
import { ExportButtons } from './export-buttons';
import { journalMessages as m } from './messages';
import { TenantFilters } from './tenant-filters';
import { TenantTable } from './tenant-table';
import { useTenantStore } from './tenant-store';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Passes in this tenant: Entra's audit log merged with this desk's journal, over days the technician picks. */
export const TenantView = () => {
  const styles = useStyles();
  const t = useT();
  const filters = useTenantStore((state) => state.filters);
  const status = useTenantStore((state) => state.status);
  const query = useTenantStore((state) => state.query);
  const answer = useTenantStore((state) => state.answer);
  const error = useTenantStore((state) => state.error);
  const { start, load } = useTenantStore.getState();

  useEffect(() => start(), [start]);

  if (!filters) return null;
  return (
    <div className={styles.view}>
      <p className={styles.note}>{t(m.tenantIntro)}</p>
      <TenantFilters filters={filters} />
      {status === 'loading' && <Spinner size="small" labelPosition="after" label={t(m.loadingTenant)} />}
      {status === 'failed' && error && query && (
        <ErrorMessage error={error} action={<Button onClick={() => void load(query)}>{t(m.tryAgain)}</Button>} />
      )}
      {status === 'ready' && answer && query && (
        <>
          <AuditLogNote answer={answer} />
          <p className={styles.note}>{t(m.eventsCount, { count: answer.events.length })}</p>
          {answer.events.length > 0 && (
            <TenantTable events={answer.events} caption={t(m.eventsCaption, { from: formatDate(query.from), to: formatDate(query.to) })} />
          )}
        </>
      )}
      <ExportButtons />
    </div>
  );
};
