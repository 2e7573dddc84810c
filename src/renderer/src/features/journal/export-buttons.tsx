import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { ErrorMessage } from '../../ui/errors/error-message';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { journalMessages as m } from './messages';
import { useTenantStore, type ExportScope } from './tenant-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  saved: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const labels: Record<ExportScope, Message> = { tenant: m.exportTenant, desk: m.exportDesk };

/** CSV of what the view shows, or of this desk's own journal over the same days and filters; main asks where to save. */
export const ExportButtons = () => {
  const styles = useStyles();
  const t = useT();
  const ready = useTenantStore((state) => state.query !== null && state.status !== 'loading');
  const exporting = useTenantStore((state) => state.exporting);
  const exported = useTenantStore((state) => state.exported);
  const error = useTenantStore((state) => state.exportError);
  const exportCsv = useTenantStore((state) => state.exportCsv);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        {(['tenant', 'desk'] as const).map((scope) => (
          <Button
            key={scope}
            icon={exporting === scope ? <Spinner size="extra-tiny" aria-hidden /> : <ArrowDownload20Regular />}
            disabledFocusable={!ready || exporting !== null}
            onClick={() => void exportCsv(scope)}
          >
            {exporting === scope ? t(m.exporting) : t(labels[scope])}
          </Button>
        ))}
      </div>
      {exported && <p className={styles.saved}>{t(m.exported, { rows: exported.rows, path: exported.savedTo })}</p>}
      {error && <ErrorMessage error={error} />}
    </div>
  );
};
