import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useCreatePassStore } from './create-pass-store';
import type { PassDraft, StartMode } from './pass-draft';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
});

interface Props {
  draft: PassDraft;
  problem: string | null;
  disabled: boolean;
}

export const StartField = ({ draft, problem, disabled }: Props) => {
  const styles = useStyles();
  const update = useCreatePassStore((state) => state.update);
  const setStartMode = useCreatePassStore((state) => state.setStartMode);
  return (
    <div className={styles.row}>
      <Field label="Starts">
        <RadioGroup
          layout="horizontal"
          value={draft.startMode}
          disabled={disabled}
          onChange={(_, data) => setStartMode(data.value as StartMode)}
        >
          <Radio value="now" label="Now" />
          <Radio value="at" label="At a chosen time" />
        </RadioGroup>
      </Field>
      {draft.startMode === 'at' && (
        <Field
          label="Start time"
          hint={problem ? undefined : 'Your local time.'}
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            type="datetime-local"
            value={draft.startLocal}
            min={draft.startMin}
            disabled={disabled}
            onChange={(_, data) => update({ startLocal: data.value })}
          />
        </Field>
      )}
    </div>
  );
};
