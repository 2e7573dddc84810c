import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useT } from '../../ui/i18n/translate';
import { handoffMessages as m } from './messages';

interface Props {
  onDiscard: () => void;
  onKeep: () => void;
}

/**
 * Asked before the handoff ends while the pass may still be the person's way in: once discarded, nothing can
 * show it again. Rendered only while asking, as a closed Fluent dialog still plants focus guards in the page.
 */
export const DiscardPassDialog = ({ onDiscard, onKeep }: Props) => {
  const t = useT();
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.discardTitle)}</DialogTitle>
          <DialogContent>{t(m.discardText)}</DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={onKeep}>
              {t(m.keepOnScreen)}
            </Button>
            <Button onClick={onDiscard}>{t(m.discardPass)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
