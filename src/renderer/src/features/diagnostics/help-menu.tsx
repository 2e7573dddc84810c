import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentCopy20Regular, QuestionCircle20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { useDiagnosticsStore, type DiagnosticsOutcome } from './diagnostics-store';
import { diagnosticsMessages as m } from './messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  path: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/** Rendered only while there is something to say, as a closed Fluent dialog still plants focus guards in the page. */
const OutcomeDialog = ({ outcome, onClose }: { outcome: DiagnosticsOutcome; onClose: () => void }) => {
  const styles = useStyles();
  const t = useT();
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('copied' in outcome ? m.copiedTitle : m.notCopiedTitle)}</DialogTitle>
          <DialogContent className={styles.content}>
            {'copied' in outcome ? (
              <>
                <span>{t(m.copiedText, { failures: outcome.copied.failures })}</span>
                {outcome.copied.logFile === null ? (
                  <span>{t(m.noLogFile)}</span>
                ) : (
                  <span>
                    {t(m.logFile)}{' '}
                    <span className={styles.path} translate="no">
                      {outcome.copied.logFile}
                    </span>
                  </span>
                )}
              </>
            ) : (
              <ErrorMessage error={outcome.error} />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t(m.close)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};

/**
 * Help for the moment something goes wrong: diagnostics for the service desk on the clipboard, and where the log
 * is. On the sign-in screen too, since a sign-in that fails is when the service desk is needed most. `compact`
 * shows the icon alone, named by its tooltip, where the header is short of room.
 */
export const HelpMenu = ({ compact = false }: { compact?: boolean }) => {
  const t = useT();
  const copying = useDiagnosticsStore((state) => state.copying);
  const outcome = useDiagnosticsStore((state) => state.outcome);
  const { copy, dismiss } = useDiagnosticsStore.getState();
  // The menu item that opened the dialog is gone when it closes: focus goes back to the menu's button.
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    dismiss();
    trigger.current?.focus();
  };
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          {compact ? (
            <Tooltip content={t(m.help)} relationship="label">
              <Button ref={trigger} appearance="subtle" icon={<QuestionCircle20Regular />} />
            </Tooltip>
          ) : (
            <Button ref={trigger} appearance="subtle" icon={<QuestionCircle20Regular />}>
              {t(m.help)}
            </Button>
          )}
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentCopy20Regular />} disabled={copying} onClick={() => void copy()}>
              {t(m.copy)}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {outcome && <OutcomeDialog outcome={outcome} onClose={close} />}
    </>
  );
};
