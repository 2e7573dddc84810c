import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { handoffMessages as m } from './messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1 },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1 },
  },
});

interface Props {
  displayName: string;
  /** False once there is nothing left to revoke. */
  available: boolean;
  revoking: boolean;
  error: AppError | null;
  /** Resolves true once the pass no longer works. */
  revoke: () => Promise<boolean>;
  /** Stops waiting for a revoke that hangs; main then reads whether the pass is gone. */
  stop: () => void;
  onRevoked?: () => void;
  /** The button's name where several passes are listed: it says whose pass goes. */
  label?: string;
  size?: 'small' | 'medium';
}

/** Deleting the pass in Graph cannot be undone, hence the question first. */
export const RevokePassButton = ({ displayName, available, revoking, error, revoke, stop, onRevoked, label, size }: Props) => {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  // The safe answer has focus when the question appears, so Enter keeps the pass.
  useEffect(() => {
    if (open) keepRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };
  const confirm = async () => {
    if (!(await revoke())) return;
    setOpen(false);
    onRevoked?.();
  };

  // The dialog exists only while open: a closed Fluent dialog still plants focus guards in the page.
  return (
    <>
      <Button ref={triggerRef} size={size} aria-label={label} icon={<Delete20Regular />} disabledFocusable={!available} onClick={() => setOpen(true)}>
        {t(m.revokePass)}
      </Button>
      {open && (
        <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && close()}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t(m.revokeTitle)}</DialogTitle>
              <DialogContent className={styles.content}>
                <span>{t(m.revokeQuestion, { name: displayName })}</span>
                {error && <ErrorMessage error={error} />}
              </DialogContent>
              <DialogActions>
                {revoking ? (
                  <Button onClick={stop}>{t(m.stopWaiting)}</Button>
                ) : (
                  <Button ref={keepRef} onClick={close}>
                    {t(m.cancel)}
                  </Button>
                )}
                <Button appearance="primary" className={styles.danger} disabledFocusable={revoking} onClick={() => void confirm()}>
                  {t(revoking ? m.revoking : m.revoke)}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
};

