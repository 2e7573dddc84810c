import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useT } from '../../ui/i18n/translate';
import { deskNoteFor } from './desk-note';
import { accountsMessages as m } from './messages';
import { accountKey, useSessionStore } from './session-store';

/** Once per session, at the top of the workspace: what the technician's role allows, until they close it. */
export const DeskRoleBanner = () => {
  const t = useT();
  const active = useSessionStore((state) => state.session?.active);
  const desk = useSessionStore((state) => state.session?.desk);
  const closed = useSessionStore((state) => state.deskNoteClosed);
  const closeDeskNote = useSessionStore((state) => state.closeDeskNote);
  const note = desk ? deskNoteFor(desk) : null;
  if (!active || !note || closed.includes(accountKey(active))) return null;
  return (
    <MessageBar intent={note.intent} layout="multiline">
      <MessageBarBody>{note.sentences.map((sentence) => t(sentence)).join(' ')}</MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t(m.deskNoteClose)} icon={<Dismiss20Regular />} onClick={closeDeskNote} />}
      />
    </MessageBar>
  );
};
