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
import { logoChange, type SkippedLogoReason } from '../../../../shared';
import { FilePickerButton } from '../../ui/file-picker-button';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { logoLimits } from './logo-pick';
import { settingsMessages as m } from './messages';
import { useSettingsPageStore } from './settings-page-store';
import { TechnicalDetail } from './technical-detail';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
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
const shortened = (value: string) => (value.length > 120 ? `${value.slice(0, 117)}…` : value);

const skippedLogoWords: Record<SkippedLogoReason, Message> = {
  logo_unreadable: m.logoSkippedUnreadable,
  logo_too_large: m.logoSkippedTooLarge,
  logo_format: m.logoSkippedFormat,
  logo_too_many_pixels: m.logoSkippedTooManyPixels,
};

const isSkippedLogoReason = (value: string): value is SkippedLogoReason => Object.hasOwn(skippedLogoWords, value);

/** The logo's row holds markers, not text: a logo, or why the file's logo was skipped. */
const logoWords = (value: string, side: 'before' | 'after'): Message | null => {
  if (value === logoChange.present) return side === 'before' ? m.logoNow : m.logoInFile;
  return isSkippedLogoReason(value) ? skippedLogoWords[value] : null;
};

/** One side of a change: the setting's value as data, or the logo's row in words. */
const ChangeValue = ({ path, value, side }: { path: string; value: string | null; side: 'before' | 'after' }) => {
  const t = useT();
  if (value === null) return <>—</>;
  const words = path === logoChange.path ? logoWords(value, side) : null;
  return words ? <>{t(words, logoLimits)}</> : <span translate="no">{shortened(value)}</span>;
};

/** Export the saved settings as a file, or read one in: what it changes is shown before the form takes it. */
export const SettingsTransfer = () => {
  const styles = useStyles();
  const t = useT();
  const note = useSettingsPageStore((state) => state.transferNote);
  const pending = useSettingsPageStore((state) => state.pendingImport);
  const { exportSettings, readImport, applyImport, cancelImport } = useSettingsPageStore.getState();
  return (
    <div className={styles.bar}>
      <Button icon={<ArrowDownload20Regular />} onClick={() => void exportSettings()}>
        {t(m.export)}
      </Button>
      <FilePickerButton
        accept="application/json,.json"
        inputLabel={t(m.importFileInput)}
        icon={<ArrowUpload20Regular />}
        onFile={async (file) => readImport(await file.text())}
      >
        {t(m.import)}
      </FilePickerButton>
      {note && (
        <span className={styles.note} role="status">
          {t(note.message, note.values)}
          {note.detail && <TechnicalDetail detail={note.detail} className={styles.detail} />}
        </span>
      )}
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && cancelImport()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(m.importTitle)}</DialogTitle>
            <DialogContent>
              {pending && pending.changes.length === 0 && <p>{t(m.importSame)}</p>}
              {pending && pending.changes.length > 0 && (
                <div className={styles.scroll}>
                  <p>{t(m.importChanges, { count: pending.changes.length })}</p>
                  <table className={styles.table}>
                    <caption hidden>{t(m.importCaption)}</caption>
                    <thead>
                      <tr>
                        <th className={styles.cell}>{t(m.settingColumn)}</th>
                        <th className={styles.cell}>{t(m.nowColumn)}</th>
                        <th className={styles.cell}>{t(m.fileColumn)}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.changes.map((change) => (
                        <tr key={change.path}>
                          <th scope="row" className={styles.cell}>
                            <code translate="no">{change.path}</code>
                          </th>
                          <td className={styles.cell}>
                            <ChangeValue path={change.path} value={change.before} side="before" />
                          </td>
                          <td className={styles.cell}>
                            <ChangeValue path={change.path} value={change.after} side="after" />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {pending?.lockedLeft && (
                <>
                  <p>{t(m.importLockedLeft)}</p>
                  <ul>
                    {pending.lockedLeft.map((path) => (
                      <li key={path}>
                        <code translate="no">{path}</code>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={applyImport}>
                {t(m.applyImport)}
              </Button>
              <Button onClick={cancelImport}>{t(m.cancel)}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
};
