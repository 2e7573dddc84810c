import { Button, Field, Input, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { cloudIds, clouds, tenantProfileInputSchema, type AppError, type CloudId } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { Panel } from '../../ui/panel';
import { cloudNames } from './cloud-names';
import { accountsMessages as m } from './messages';
import { profileProblem, type ProfileField, type ProfileProblem } from './profile-problems';
import { useSessionStore } from './session-store';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

type Values = Record<Exclude<ProfileField, 'cloud'>, string> & { cloud: CloudId };
type FieldErrors = Partial<Record<ProfileField, ProfileProblem>>;

const empty: Values = { label: '', cloud: 'global', tenant: '', clientId: '' };
const fieldOrder: ProfileField[] = ['label', 'cloud', 'tenant', 'clientId'];

export const AddProfileForm = ({ focusFirst }: { focusFirst: boolean }) => {
  const styles = useStyles();
  const t = useT();
  const saveProfile = useSessionStore((state) => state.saveProfile);
  const signingIn = useSessionStore((state) => state.signingIn);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [serviceError, setServiceError] = useState<AppError | null>(null);
  const inputs = useRef<Partial<Record<keyof Values, HTMLInputElement | HTMLSelectElement | null>>>({});

  const change = (field: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    const parsed = tenantProfileInputSchema.safeParse(values);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const problem of parsed.error.issues) {
        const field = problem.path[0] as ProfileField;
        found[field] ??= profileProblem(field, problem);
      }
      setErrors(found);
      inputs.current[fieldOrder.find((field) => found[field]) ?? 'label']?.focus();
      return;
    }
    setSaving(true);
    setServiceError(null);
    const error = await saveProfile(parsed.data);
    setSaving(false);
    if (error) {
      setServiceError(error);
      return;
    }
    setValues(empty);
    setErrors({});
  };

  const validation = (field: ProfileField) => {
    const problem = errors[field];
    return problem ? { validationState: 'error' as const, validationMessage: t(problem.message, problem.values) } : {};
  };

  // Said before the profile exists, so nobody sets up a cloud expecting passes that Graph does not offer there.
  const cloudNote = clouds[values.cloud].passApiAvailable
    ? {}
    : {
        validationState: 'warning' as const,
        validationMessage: t(m.noPassApi),
      };

  return (
    <Panel title={t(m.newProfile)}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t(m.profileName)} required {...validation('label')}>
          <Input
            ref={(element) => {
              inputs.current.label = element;
            }}
            autoFocus={focusFirst}
            value={values.label}
            placeholder={t(m.profileNamePlaceholder)}
            onChange={(_, data) => change('label', data.value)}
          />
        </Field>
        <Field label={t(m.cloud)} required {...cloudNote} {...validation('cloud')}>
          <Select
            ref={(element) => {
              inputs.current.cloud = element;
            }}
            value={values.cloud}
            onChange={(_, data) => change('cloud', data.value)}
          >
            {cloudIds.map((id) => (
              <option key={id} value={id}>
                {t(cloudNames[id])}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(m.tenant)} required hint={t(m.tenantHint)} {...validation('tenant')}>
          <Input
            ref={(element) => {
              inputs.current.tenant = element;
            }}
            value={values.tenant}
            placeholder={t(m.tenantPlaceholder)}
            onChange={(_, data) => change('tenant', data.value)}
          />
        </Field>
        <Field
          label={t(m.clientId)}
          required
          hint={t(m.clientIdHint)}
          {...validation('clientId')}
        >
          <Input
            ref={(element) => {
              inputs.current.clientId = element;
            }}
            className={styles.mono}
            value={values.clientId}
            placeholder="00000000-0000-0000-0000-000000000000"
            onChange={(_, data) => change('clientId', data.value)}
          />
        </Field>
        {serviceError && <ErrorMessage error={serviceError} />}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={saving || signingIn} icon={saving ? <Spinner size="tiny" aria-hidden /> : undefined}>
            {t(m.addProfile)}
          </Button>
        </div>
      </form>
    </Panel>
  );
};
