import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';
import { useSettingsPageStore } from './settings-page-store';

/** Opens whenever something would close the settings page over unsaved changes. */
export const LeaveDialog = ({ profileLabel }: { profileLabel: string }) => {
  const t = useT();
  const open = useSettingsPageStore((state) => state.pendingLeave !== null);
  const { discard, keepEditing } = useSettingsPageStore.getState();
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_, data) => !data.open && keepEditing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.leaveTitle)}</DialogTitle>
          <DialogContent>{t(m.leaveText, { tenant: profileLabel })}</DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={keepEditing}>
              {t(m.keepEditing)}
            </Button>
            <Button onClick={discard}>{t(m.discard)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
