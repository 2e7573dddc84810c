import { Field, Input, type InputProps } from '@fluentui/react-components';
import { useT } from '../../ui/i18n/translate';
import { LockedNote, useLockedField } from './locked-note';
import type { FieldProblem, TextFieldKey } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';

type Props = Pick<InputProps, 'type' | 'min' | 'max' | 'maxLength' | 'placeholder' | 'className'> & {
  field: TextFieldKey;
  label: string;
  hint?: string;
  /** Shown instead of the hint, and tied to the input for assistive technology by the Field. */
  error: FieldProblem | undefined;
};

/**
 * A text or number setting: edits the page's form and is checked once the technician leaves it. One the
 * organisation fixes is read-only, and its note takes the hint's place, which the Field ties to the input.
 */
export const SettingInput = ({ field, label, hint, error, ...input }: Props) => {
  const t = useT();
  const value = useSettingsPageStore((state) => state.form?.[field] ?? '');
  const { locked } = useLockedField(field);
  const { edit, touch } = useSettingsPageStore.getState();
  const problem = locked ? undefined : error;
  return (
    <Field
      label={label}
      hint={locked ? <LockedNote /> : problem ? undefined : hint}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem && t(problem.message, problem.values)}
    >
      <Input
        {...input}
        disabled={locked}
        {...(input.type === 'number' ? { step: 1, inputMode: 'numeric' as const } : {})}
        value={value}
        onChange={(_, data) => edit({ [field]: data.value })}
        onBlur={() => touch(field)}
      />
    </Field>
  );
};
