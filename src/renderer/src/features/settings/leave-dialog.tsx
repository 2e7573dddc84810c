import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useSettingsPageStore } from './settings-page-store';

/** Opens whenever something would close the settings page over unsaved changes. */
export const LeaveDialog = ({ profileLabel }: { profileLabel: string }) => {
  const open = useSettingsPageStore((state) => state.pendingLeave !== null);
  const { discard, keepEditing } = useSettingsPageStore.getState();
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_, data) => !data.open && keepEditing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard unsaved changes?</DialogTitle>
          <DialogContent>Your changes to the settings for {profileLabel} have not been saved.</DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={keepEditing}>
              Keep editing
            </Button>
            <Button onClick={discard}>Discard</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
