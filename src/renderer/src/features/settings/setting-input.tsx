import { Field, Input, type InputProps } from '@fluentui/react-components';
import { useT } from '../../ui/i18n/translate';
import type { FieldProblem, TextFieldKey } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';

type Props = Pick<InputProps, 'type' | 'min' | 'max' | 'maxLength' | 'placeholder' | 'className'> & {
  field: TextFieldKey;
  label: string;
  hint?: string;
  /** Shown instead of the hint, and tied to the input for assistive technology by the Field. */
  error: FieldProblem | undefined;
};

/** A text or number setting: edits the page's form and is checked once the technician leaves it. */
export const SettingInput = ({ field, label, hint, error, ...input }: Props) => {
  const t = useT();
  const value = useSettingsPageStore((state) => state.form?.[field] ?? '');
  const { edit, touch } = useSettingsPageStore.getState();
  return (
    <Field label={label} hint={error ? undefined : hint} validationState={error ? 'error' : 'none'} validationMessage={error && t(error.message, error.values)}>
      <Input
        {...input}
        {...(input.type === 'number' ? { step: 1, inputMode: 'numeric' as const } : {})}
        value={value}
        onChange={(_, data) => edit({ [field]: data.value })}
        onBlur={() => touch(field)}
      />
    </Field>
  );
};
