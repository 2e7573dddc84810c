import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular } from '@fluentui/react-icons';
import { FilePickerButton } from '../../ui/file-picker-button';
import { useSettingsPageStore } from './settings-page-store';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '16rem',
    overflowWrap: 'anywhere',
  },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
});

/** Long template bodies are shortened; the full text is in the form once applied. */
const shown = (value: string | null) => (value === null ? '—' : value.length > 120 ? `${value.slice(0, 117)}…` : value);

/** Export the saved settings as a file, or read one in: what it changes is shown before the form takes it. */
export const SettingsTransfer = () => {
  const styles = useStyles();
  const note = useSettingsPageStore((state) => state.transferNote);
  const pending = useSettingsPageStore((state) => state.pendingImport);
  const { exportSettings, readImport, applyImport, cancelImport } = useSettingsPageStore.getState();
  return (
    <div className={styles.bar}>
      <Button icon={<ArrowDownload20Regular />} onClick={() => void exportSettings()}>
        Export…
      </Button>
      <FilePickerButton
        accept="application/json,.json"
        inputLabel="Settings file to import"
        icon={<ArrowUpload20Regular />}
        onFile={async (file) => readImport(await file.text())}
      >
        Import…
      </FilePickerButton>
      {note && (
        <span className={styles.note} role="status">
          {note}
        </span>
      )}
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && cancelImport()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Import these settings?</DialogTitle>
            <DialogContent>
              {pending && pending.changes.length === 0 && <p>The file holds the same settings as are saved now.</p>}
              {pending && pending.changes.length > 0 && (
                <div className={styles.scroll}>
                  <p>
                    {pending.changes.length} {pending.changes.length === 1 ? 'setting changes' : 'settings change'}. Nothing is saved until you press Save.
                  </p>
                  <table className={styles.table}>
                    <caption hidden>Changes the import makes</caption>
                    <thead>
                      <tr>
                        <th className={styles.cell}>Setting</th>
                        <th className={styles.cell}>Now</th>
                        <th className={styles.cell}>From the file</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.changes.map((change) => (
                        <tr key={change.path}>
                          <th scope="row" className={styles.cell}>
                            <code>{change.path}</code>
                          </th>
                          <td className={styles.cell}>{shown(change.before)}</td>
                          <td className={styles.cell}>{shown(change.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={applyImport}>
                Apply to the form
              </Button>
              <Button onClick={cancelImport}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
};
