import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useT } from '../../../ui/i18n/translate';
import { bulkMessages as m } from '../messages';

interface Props {
  phase: 'checking' | 'issuing';
  onStop: () => void;
  onKeepGoing: () => void;
}

/** Asked before a check or run is cancelled; rendered only while asking, as a closed Fluent dialog still plants focus guards. */
export const CancelRunDialog = ({ phase, onStop, onKeepGoing }: Props) => {
  const t = useT();
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onKeepGoing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.cancelTitle, { phase })}</DialogTitle>
          <DialogContent>{t(m.cancelText, { phase })}</DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={onKeepGoing}>
              {t(m.keepGoing, { phase })}
            </Button>
            <Button onClick={onStop}>{t(m.stopNow, { phase })}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
