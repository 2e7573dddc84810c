import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../ui/i18n/translate';
import { useCreatePassStore } from './create-pass-store';
import { issuingMessages as m } from './messages';
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
  const t = useT();
  const update = useCreatePassStore((state) => state.update);
  const setStartMode = useCreatePassStore((state) => state.setStartMode);
  return (
    <div className={styles.row}>
      <Field label={t(m.starts)}>
        <RadioGroup
          layout="horizontal"
          value={draft.startMode}
          disabled={disabled}
          onChange={(_, data) => setStartMode(data.value as StartMode)}
        >
          <Radio value="now" label={t(m.startNow)} />
          <Radio value="at" label={t(m.startAt)} />
        </RadioGroup>
      </Field>
      {draft.startMode === 'at' && (
        <Field
          label={t(m.startTime)}
          hint={problem ? undefined : t(m.startTimeHint)}
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
