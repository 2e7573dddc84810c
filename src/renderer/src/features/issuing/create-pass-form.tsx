import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { Key20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { getApi } from '../../api';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { Panel } from '../../ui/panel';
import { useSessionStore } from '../accounts';
import { correctionText, useCreatePassStore } from './create-pass-store';
import { createStepText } from './create-step-text';
import { LifetimeField } from './lifetime-field';
import { issuingMessages as m } from './messages';
import { checkDraft, type PassDraft } from './pass-draft';
import { useSelectionStore } from './selection-store';
import { StartField } from './start-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  option: { display: 'flex', flexDirection: 'column' },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalS,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2 },
});

const oneTimeHintMessage = (draft: PassDraft) => {
  if (draft.oneTimeForced) return m.oneTimeForced;
  return draft.isUsableOnce ? m.oneTimeOn : m.oneTimeOff;
};

const DraftForm = ({ draft }: { draft: PassDraft }) => {
  const styles = useStyles();
  const t = useT();
  const creating = useCreatePassStore((state) => state.creating);
  const step = useCreatePassStore((state) => state.step);
  const error = useCreatePassStore((state) => state.error);
  const correction = useCreatePassStore((state) => state.correction);
  const { update, create, cancel } = useCreatePassStore.getState();
  const createRef = useRef<HTMLButtonElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const oneTimeHint = useId();
  const replaceHint = useId();
  const reasonId = useId();
  const desk = useSessionStore((state) => state.session?.desk);
  const check = checkDraft(draft, desk);

  // Keyboard flow: Enter picked the person, the next Enter issues the pass (or Space confirms the replacement first).
  useEffect(() => {
    const { draft: initial } = useCreatePassStore.getState();
    if (initial?.existingPassId && !initial.blockedBy) replaceRef.current?.focus();
    else createRef.current?.focus();
  }, []);

  useEffect(() => getApi().on('event:create-progress', ({ userId, step }) => useCreatePassStore.getState().progress(userId, step)), []);

  // A pass the technician was not shown turned up: the next key press is the choice to replace it.
  const changedPassId = error?.code === 'pass_changed' ? draft.existingPassId : null;
  useEffect(() => {
    if (changedPassId) replaceRef.current?.focus();
  }, [changedPassId]);

  return (
    <Panel title={t(m.formTitle)}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        {correction && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{correctionText(correction)}</MessageBarBody>
          </MessageBar>
        )}
        <LifetimeField draft={draft} problem={check.lifetime} disabled={creating} />
        <div className={styles.option}>
          <Switch
            label={t(m.oneTimeUse)}
            checked={draft.isUsableOnce}
            disabled={creating || draft.oneTimeForced}
            aria-describedby={oneTimeHint}
            onChange={(_, data) => update({ isUsableOnce: data.checked })}
          />
          <span id={oneTimeHint} className={styles.hint}>
            {t(oneTimeHintMessage(draft))}
          </span>
        </div>
        <StartField draft={draft} problem={check.start} disabled={creating} />
        {draft.existingPassId !== null && (
          <div className={styles.option}>
            <Checkbox
              ref={replaceRef}
              label={t(m.replaceExisting)}
              checked={draft.replaceExisting}
              disabled={creating || draft.blockedBy !== null}
              aria-describedby={replaceHint}
              onChange={(_, data) => update({ replaceExisting: data.checked === true })}
            />
            <span id={replaceHint} className={styles.hint}>
              {t(m.replaceExistingHint)}
            </span>
          </div>
        )}
        {error && (
          <ErrorMessage
            error={error}
            action={
              error.passState && ['pending', 'unknown'].includes(error.passState.outcome) ? (
                <Button onClick={() => void useSelectionStore.getState().retry()}>{t(m.lookUpAgain)}</Button>
              ) : undefined
            }
          />
        )}
        <div className={styles.actions}>
          <Button
            ref={createRef}
            type="submit"
            appearance="primary"
            size="large"
            disabledFocusable={creating || check.blocker !== null}
            aria-describedby={check.blocker ? reasonId : undefined}
            icon={creating ? <Spinner size="tiny" aria-hidden /> : <Key20Regular />}
          >
            {t(m.createPass)}
          </Button>
          {creating && (
            <Button appearance="secondary" onClick={() => void cancel()}>
              {t(m.stopWaiting)}
            </Button>
          )}
          {creating && step && <span className={styles.reason}>{t(createStepText[step])}</span>}
          {check.blocker && (
            <span id={reasonId} className={styles.reason}>
              {check.blocker}
            </span>
          )}
        </div>
      </form>
    </Panel>
  );
};

export const CreatePassForm = () => {
  const draft = useCreatePassStore((state) => state.draft);
  return draft ? <DraftForm draft={draft} /> : null;
};
