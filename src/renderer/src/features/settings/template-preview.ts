import { passWording, renderNotification, type RenderedNotification } from '../../../../shared';
import type { SettingsForm, TemplateRow } from './settings-form';

export interface PreviewPerson {
  displayName: string;
  userPrincipalName: string;
}

const samplePerson: PreviewPerson = { displayName: 'Alex Example', userPrincipalName: 'alex.example@contoso.com' };
/** Not a real pass: shown only so the layout around `{{pass}}` can be judged. */
const SAMPLE_PASS = 'Sample+Pass2';

/** A tag typed halfway (`pt-`) still previews, in English dates, instead of failing the whole preview. */
const formattingLocale = (tag: string): string => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
};

/** The next full hour, so the preview reads like a real pass issued now. */
const nextHour = (now: Date): Date => new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);

/**
 * The template as the selected person (or a sample one) would get it, with the form's unsaved service
 * desk and branding; null while the template does not parse.
 */
export const previewOf = (
  row: TemplateRow,
  form: SettingsForm,
  context: { person: PreviewPerson | null; technicianName: string; tenantLabel: string; now?: Date },
): RenderedNotification | null => {
  const person = context.person ?? samplePerson;
  const lifetime = Number(form.lifetimeMinutes);
  try {
    return renderNotification(row, {
      ...person,
      ...passWording(
        { startsAt: nextHour(context.now ?? new Date()), lifetimeInMinutes: form.lifetimeMode === 'minutes' && lifetime > 0 ? lifetime : 60, isUsableOnce: form.isUsableOnce },
        formattingLocale(row.language),
      ),
      technicianName: context.technicianName,
      tenantName: form.displayName.trim() || context.tenantLabel,
      serviceDesk: { name: form.serviceDeskName, email: form.serviceDeskEmail, phone: form.serviceDeskPhone, portalUrl: form.portalUrl },
      ...(form.passInMail ? { pass: SAMPLE_PASS } : {}),
    });
  } catch {
    return null;
  }
};
