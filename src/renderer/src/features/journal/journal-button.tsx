import { Button, Tooltip } from '@fluentui/react-components';
import { BookClock20Regular } from '@fluentui/react-icons';
import { useT } from '../../ui/i18n/translate';
import { useJournalViewStore } from './journal-view-store';
import { journalMessages as m } from './messages';

/** The header's way into the journal, for the mouse; its tooltip teaches Ctrl+J. */
export const JournalButton = ({ disabled = false }: { disabled?: boolean }) => {
  const t = useT();
  const show = useJournalViewStore((state) => state.show);
  return (
    <Tooltip content={t(m.openJournalTip)} relationship="description">
      <Button appearance="subtle" icon={<BookClock20Regular />} aria-keyshortcuts="Control+J" disabledFocusable={disabled} onClick={show}>
        {t(m.openJournal)}
      </Button>
    </Tooltip>
  );
};
