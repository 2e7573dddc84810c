import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CreatePassForm, UserCard, useSelectionStore } from '../features/issuing';
import { ErrorMessage } from '../ui/errors/error-message';
import { useT } from '../ui/i18n/translate';
import { Panel } from '../ui/panel';
import { appMessages as m } from './messages';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const PersonPanel = () => {
  const styles = useStyles();
  const t = useT();
  const user = useSelectionStore((state) => state.user);
  const status = useSelectionStore((state) => state.status);
  const context = useSelectionStore((state) => state.context);
  const error = useSelectionStore((state) => state.error);
  const retry = useSelectionStore((state) => state.retry);

  if (status === 'ready' && context) {
    return (
      <div className={styles.column}>
        <UserCard context={context} />
        <CreatePassForm key={context.user.id} />
      </div>
    );
  }
  return (
    // The person's name becomes a heading only with their card, so it marks the card as ready.
    <Panel title={t(m.person)}>
      {status === 'idle' && <p className={styles.hint}>{t(m.personHint)}</p>}
      {status === 'loading' && <Spinner size="small" labelPosition="after" label={t(m.checking, { name: user?.displayName ?? '' })} />}
      {status === 'failed' && error && <ErrorMessage error={error} action={<Button onClick={() => void retry()}>{t(m.tryAgain)}</Button>} />}
    </Panel>
  );
};
