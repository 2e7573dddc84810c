import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../../../ui/i18n/translate';
import { reviewMessages as m } from './messages';
import { useReturnFocus } from './use-return-focus';

interface Props {
  count: number;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asked before every held pass is marked for replacing: the people holding them lose them when the batch runs. */
export const ReplaceAllDialog = ({ count, onReplace, onKeep }: Props) => {
  const t = useT();
  useReturnFocus();
  const keepRef = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus when the question appears, so Enter keeps the passes.
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.replaceTitle, { count })}</DialogTitle>
          <DialogContent>{t(m.replaceText, { count })}</DialogContent>
          <DialogActions>
            <Button ref={keepRef} appearance="primary" onClick={onKeep}>
              {t(m.keepPasses)}
            </Button>
            <Button onClick={onReplace}>{t(m.confirmReplace, { count })}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
