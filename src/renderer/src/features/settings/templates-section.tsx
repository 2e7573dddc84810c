import { Button, Field, Input, Tab, TabList, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, ErrorCircle12Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import { PASS_PLACEHOLDER, placeholderNames, type PlaceholderName } from '../../../../shared';
import { formatMinutes } from '../../format/duration';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { MailPreview } from '../../ui/mail-preview';
import { useSessionStore } from '../accounts';
import { languageName } from '../../ui/display-names';
import { settingsMessages as m } from './messages';
import { newTemplateRow, templateKey, type FieldProblem, type SettingsForm, type TemplateRow } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';
import { SettingsSection } from './settings-section';
import { previewOf, type PreviewPerson } from './template-preview';

const useStyles = makeStyles({
  tabs: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  tag: { width: '8rem' },
  body: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  placeholders: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '2 18rem', fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalXS },
  previewHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const placeholderWords: Record<PlaceholderName, Message> = {
  displayName: m.placeholderDisplayName,
  userPrincipalName: m.placeholderUserPrincipalName,
  validFrom: m.placeholderValidFrom,
  validUntil: m.placeholderValidUntil,
  lifetime: m.placeholderLifetime,
  oneTime: m.placeholderOneTime,
  technicianName: m.placeholderTechnicianName,
  tenantName: m.placeholderTenantName,
  'serviceDesk.name': m.placeholderServiceDeskName,
  'serviceDesk.email': m.placeholderServiceDeskEmail,
  'serviceDesk.phone': m.placeholderServiceDeskPhone,
  'serviceDesk.portalUrl': m.placeholderServiceDeskPortal,
};

/** An eight-hour pass, as the example of what `{{lifetime}}` becomes. */
const EXAMPLE_LIFETIME_MINUTES = 480;

const tag = (name: string): string => `{{${name}}}`;

interface Props {
  form: SettingsForm;
  errors: Record<string, FieldProblem>;
  profileLabel: string;
  /** Whom the preview is addressed to; a sample person when null. */
  previewPerson: PreviewPerson | null;
}

/** One tab per language: subject and HTML body, checked as typed, and the mail it makes beside it. */
export const TemplatesSection = ({ form, errors, profileLabel, previewPerson: person }: Props) => {
  const styles = useStyles();
  const t = useT();
  const edit = useSettingsPageStore((state) => state.edit);
  const technicianName = useSessionStore((state) => state.session?.active?.name) ?? t(m.yourName);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [newTag, setNewTag] = useState('');
  const selected = form.templates.find((row) => row.id === selectedId) ?? form.templates[0];

  const editRow = (id: number, changes: Partial<TemplateRow>) =>
    edit({ templates: form.templates.map((row) => (row.id === id ? { ...row, ...changes } : row)) });
  const addLanguage = () => {
    const tag = newTag.trim();
    // A new language starts as a copy of the tab in view, ready to translate.
    const row = newTemplateRow(tag, selected?.subject ?? '', selected?.html ?? '');
    edit({ templates: [...form.templates, row] });
    setSelectedId(row.id);
    setNewTag('');
  };
  const remove = (id: number) => {
    edit({ templates: form.templates.filter((row) => row.id !== id) });
    setSelectedId(null);
  };
  const rowHasErrors = (row: TemplateRow) => (['language', 'subject', 'html'] as const).some((part) => errors[templateKey(row, part)]);
  const preview = selected ? previewOf(selected, form, { person, technicianName, tenantLabel: profileLabel }) : null;
  const fieldError = (row: TemplateRow, part: 'language' | 'subject' | 'html') => {
    const found = errors[templateKey(row, part)];
    return found && t(found.message, found.values);
  };
  const placeholderValues: Partial<Record<PlaceholderName, Record<string, string>>> = {
    lifetime: { example: formatMinutes(EXAMPLE_LIFETIME_MINUTES) },
    oneTime: { example: `${tag('#oneTime')}…${tag('/oneTime')}` },
  };
  const allowed: [string, string][] = [
    ...placeholderNames.map((name): [string, string] => [name, t(placeholderWords[name], placeholderValues[name])]),
    ...(form.passInMail ? [[PASS_PLACEHOLDER, t(m.placeholderPass)] as [string, string]] : []),
  ];
  const templatesError = errors['templates'];
  const nameOf = (language: string) => languageName(language) ?? language;

  return (
    <SettingsSection title={t(m.templatesTitle)} intro={t(m.templatesIntro)}>
      <div className={styles.tabs}>
        <TabList
          aria-label={t(m.templateLanguages)}
          selectedValue={selected ? String(selected.id) : undefined}
          onTabSelect={(_, data) => setSelectedId(Number(data.value))}
        >
          {form.templates.map((row) => (
            <Tab key={row.id} value={String(row.id)}>
              {row.language ? t(m.templateTab, { language: nameOf(row.language), tag: row.language }) : t(m.newLanguage)}
              {rowHasErrors(row) && <ErrorCircle12Filled className={styles.error} aria-label={t(m.hasProblems)} />}
            </Tab>
          ))}
        </TabList>
      </div>
      {templatesError && <p role="alert">{t(templatesError.message, templatesError.values)}</p>}
      <div className={styles.add}>
        <Field label={t(m.addLanguageField)} hint={t(m.addLanguageHint)}>
          <Input className={styles.tag} value={newTag} maxLength={35} onChange={(_, data) => setNewTag(data.value)} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), newTag.trim() && addLanguage())} />
        </Field>
        <Button icon={<Add20Regular />} disabled={!newTag.trim()} onClick={addLanguage}>
          {t(m.addLanguage)}
        </Button>
      </div>
      {selected && (
        <>
          <div className={styles.row}>
            <Field
              label={t(m.languageTag)}
              validationState={fieldError(selected, 'language') ? 'error' : 'none'}
              validationMessage={fieldError(selected, 'language')}
            >
              <Input className={styles.tag} value={selected.language} maxLength={35} onChange={(_, data) => editRow(selected.id, { language: data.value })} />
            </Field>
            <Button icon={<Delete20Regular />} onClick={() => remove(selected.id)}>
              {selected.language ? t(m.removeLanguage, { tag: selected.language }) : t(m.removeThisLanguage)}
            </Button>
          </div>
          <Field label={t(m.subject)} validationState={fieldError(selected, 'subject') ? 'error' : 'none'} validationMessage={fieldError(selected, 'subject')}>
            {/* The tenant's own wording, in the template's language: data, not the screen's. */}
            <Input value={selected.subject} translate="no" maxLength={300} onChange={(_, data) => editRow(selected.id, { subject: data.value })} />
          </Field>
          <Field label={t(m.body)} validationState={fieldError(selected, 'html') ? 'error' : 'none'} validationMessage={fieldError(selected, 'html')}>
            <Textarea
              className={styles.body}
              value={selected.html}
              translate="no"
              rows={12}
              resize="vertical"
              spellCheck={false}
              onChange={(_, data) => editRow(selected.id, { html: data.value })}
            />
          </Field>
          <details>
            <summary>{t(m.placeholdersSummary)}</summary>
            <ul className={styles.placeholders}>
              {allowed.map(([name, description]) => (
                <li key={name}>
                  <code translate="no">{tag(name)}</code> {description}
                </li>
              ))}
            </ul>
          </details>
          <h4 className={styles.previewHeading}>{person ? t(m.previewFor, { name: person.displayName }) : t(m.previewWithSample)}</h4>
          {preview ? (
            <MailPreview subject={preview.subject} html={preview.html} title={t(m.previewTitle, { language: nameOf(selected.language) })} />
          ) : (
            <p>{t(m.previewUnavailable)}</p>
          )}
        </>
      )}
    </SettingsSection>
  );
};
