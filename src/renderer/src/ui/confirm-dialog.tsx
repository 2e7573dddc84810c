import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  /** The safe answer: it has the focus, so Enter or Escape keeps things as they are. */
  keepLabel: string;
  goLabel: string;
  onKeep: () => void;
  onGo: () => void;
}

/**
 * A question before something that cannot be undone, as an alert dialog. Rendered only while asking, as a
 * closed Fluent dialog still plants focus guards in the page; so focus goes back by hand to the button that asked.
 */
export const ConfirmDialog = ({ title, children, keepLabel, goLabel, onKeep, onGo }: Props) => {
  const keepRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => {
    const target = returnTo.current;
    keepRef.current?.focus();
    return () => {
      if (target?.isConnected) target.focus();
    };
  }, []);
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button ref={keepRef} appearance="primary" onClick={onKeep}>
              {keepLabel}
            </Button>
            <Button onClick={onGo}>{goLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
