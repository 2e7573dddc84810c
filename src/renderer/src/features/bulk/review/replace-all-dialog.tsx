import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useT } from '../../../ui/i18n/translate';
import { reviewMessages as m } from './messages';

interface Props {
  count: number;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asked before every held pass is marked for replacing: the people holding them lose them when the batch runs. */
export const ReplaceAllDialog = ({ count, onReplace, onKeep }: Props) => {
  const t = useT();
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m.replaceTitle, { count })}</DialogTitle>
          <DialogContent>{t(m.replaceText, { count })}</DialogContent>
          <DialogActions>
            {/* First, so the safe answer has focus when the question appears. */}
            <Button appearance="primary" onClick={onKeep}>
              {t(m.keepPasses)}
            </Button>
            <Button onClick={onReplace}>{t(m.confirmReplace, { count })}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
