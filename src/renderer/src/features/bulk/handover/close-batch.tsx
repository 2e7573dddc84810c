import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../../../ui/i18n/translate';
import { useBulkStore } from '../bulk-store';
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
        <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && setAsking(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t(m.closeTitle)}</DialogTitle>
              <DialogContent>{t(m.closeText, { count: waiting })}</DialogContent>
              <DialogActions>
                {/* First, so the safe answer has focus when the question appears. */}
                <Button appearance="primary" onClick={() => setAsking(false)}>
                  {t(m.keepBatch)}
                </Button>
                <Button onClick={closeNow}>{t(m.closeAndWipe)}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
};
