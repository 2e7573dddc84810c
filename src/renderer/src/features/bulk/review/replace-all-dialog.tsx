import { useT } from '../../../ui/i18n/translate';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
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
    <ConfirmDialog title={t(m.replaceTitle, { count })} keepLabel={t(m.keepPasses)} goLabel={t(m.confirmReplace, { count })} onKeep={onKeep} onGo={onReplace}>
      {t(m.replaceText, { count })}
    </ConfirmDialog>
  );
};
