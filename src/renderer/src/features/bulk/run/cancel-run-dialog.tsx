import { useT } from '../../../ui/i18n/translate';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { bulkMessages as m } from '../messages';

interface Props {
  phase: 'checking' | 'issuing';
  onStop: () => void;
  onKeepGoing: () => void;
}

/** Asked before a check or run is cancelled: what is done stays done, the rest is not reached. */
export const CancelRunDialog = ({ phase, onStop, onKeepGoing }: Props) => {
  const t = useT();
  return (
    <ConfirmDialog
      title={t(m.cancelTitle, { phase })}
      keepLabel={t(m.keepGoing, { phase })}
      goLabel={t(m.stopNow, { phase })}
      onKeep={onKeepGoing}
      onGo={onStop}
    >
      {t(m.cancelText, { phase })}
    </ConfirmDialog>
  );
};
