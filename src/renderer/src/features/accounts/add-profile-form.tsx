import { Button, Field, Input, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { cloudIds, clouds, tenantProfileInputSchema, type AppError, type CloudId } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { Panel } from '../../ui/panel';
import { useSessionStore } from './session-store';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

type TextField = 'label' | 'tenant' | 'clientId';
type Values = Record<TextField, string> & { cloud: CloudId };
type FieldErrors = Partial<Record<keyof Values, string>>;

const empty: Values = { label: '', cloud: 'global', tenant: '', clientId: '' };
const fieldOrder: (keyof Values)[] = ['label', 'cloud', 'tenant', 'clientId'];

export const AddProfileForm = ({ focusFirst }: { focusFirst: boolean }) => {
  const styles = useStyles();
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
        const field = problem.path[0] as keyof Values;
        found[field] ??= problem.message;
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

  const validation = (field: keyof Values) =>
    errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {};

  // Said before the profile exists, so nobody sets up a cloud expecting passes that Graph does not offer there.
  const cloudNote = clouds[values.cloud].passApiAvailable
    ? {}
    : {
        validationState: 'warning' as const,
        validationMessage: 'Microsoft Graph does not offer Temporary Access Passes in this cloud: you can sign in and find people, but not issue passes.',
      };

  return (
    <Panel title="New tenant profile">
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label="Profile name" required {...validation('label')}>
          <Input
            ref={(element) => {
              inputs.current.label = element;
            }}
            autoFocus={focusFirst}
            value={values.label}
            placeholder="Contoso"
            onChange={(_, data) => change('label', data.value)}
          />
        </Field>
        <Field label="Cloud" required {...cloudNote} {...validation('cloud')}>
          <Select
            ref={(element) => {
              inputs.current.cloud = element;
            }}
            value={values.cloud}
            onChange={(_, data) => change('cloud', data.value)}
          >
            {cloudIds.map((id) => (
              <option key={id} value={id}>
                {clouds[id].label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Tenant ID or domain" required hint="The directory (tenant) ID or a verified domain." {...validation('tenant')}>
          <Input
            ref={(element) => {
              inputs.current.tenant = element;
            }}
            value={values.tenant}
            placeholder="contoso.onmicrosoft.com"
            onChange={(_, data) => change('tenant', data.value)}
          />
        </Field>
        <Field
          label="Application (client) ID"
          required
          hint="From the tenant's app registration: a public client with the redirect URI http://localhost."
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
          <Button type="submit" appearance="primary" disabled={saving || signingIn} icon={saving ? <Spinner size="tiny" /> : undefined}>
            Add tenant profile
          </Button>
        </div>
      </form>
    </Panel>
  );
};
