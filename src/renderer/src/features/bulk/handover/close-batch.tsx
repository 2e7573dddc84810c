import { Button } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../../../ui/i18n/translate';
import { useBulkStore } from '../bulk-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { bulkMessages as m } from '../messages';

/** Ends the batch: main wipes every pass it still holds. Asked first while someone has not had theirs. */
export const CloseBatch = ({ waiting }: { waiting: number }) => {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const { close } = useBulkStore.getState();

  const closeNow = () => {
    setAsking(false);
    void close();
  };

  return (
    <>
      <Button icon={<Delete20Regular />} onClick={() => (waiting > 0 ? setAsking(true) : closeNow())}>
        {t(m.closeBatch)}
      </Button>
      {asking && (
        <ConfirmDialog title={t(m.closeTitle)} keepLabel={t(m.keepBatch)} goLabel={t(m.closeAndWipe)} onKeep={() => setAsking(false)} onGo={closeNow}>
          {t(m.closeText, { count: waiting })}
        </ConfirmDialog>
      )}
    </>
  );
};
