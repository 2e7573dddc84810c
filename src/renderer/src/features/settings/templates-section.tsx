import { Button, Field, Input, Tab, TabList, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, ErrorCircle12Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import { PASS_PLACEHOLDER, placeholders } from '../../../../shared';
import { languageName } from '../../ui/language-name';
import { MailPreview } from '../../ui/mail-preview';
import { useSessionStore } from '../accounts';
import { newTemplateRow, templateKey, type SettingsForm, type TemplateRow } from './settings-form';
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

interface Props {
  form: SettingsForm;
  errors: Record<string, string>;
  profileLabel: string;
  /** Whom the preview is addressed to; a sample person when null. */
  previewPerson: PreviewPerson | null;
}

/** One tab per language: subject and HTML body, checked as typed, and the mail it makes beside it. */
export const TemplatesSection = ({ form, errors, profileLabel, previewPerson: person }: Props) => {
  const styles = useStyles();
  const edit = useSettingsPageStore((state) => state.edit);
  const technicianName = useSessionStore((state) => state.session?.active?.name ?? 'Your name');
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
  const fieldError = (row: TemplateRow, part: 'language' | 'subject' | 'html') => errors[templateKey(row, part)];
  const allowed: [string, string][] = [
    ...Object.entries(placeholders),
    ...(form.passInMail ? [[PASS_PLACEHOLDER, 'The pass itself (never to the person’s own mailbox)'] as [string, string]] : []),
  ];

  return (
    <SettingsSection
      title="Notification templates"
      intro="One template per language. Placeholders in double braces are filled in and HTML-escaped when the mail is sent."
    >
      <div className={styles.tabs}>
        <TabList
          aria-label="Template languages"
          selectedValue={selected ? String(selected.id) : undefined}
          onTabSelect={(_, data) => setSelectedId(Number(data.value))}
        >
          {form.templates.map((row) => (
            <Tab key={row.id} value={String(row.id)}>
              {row.language ? `${languageName(row.language)} (${row.language})` : 'New language'}
              {rowHasErrors(row) && <ErrorCircle12Filled className={styles.error} aria-label="has problems" />}
            </Tab>
          ))}
        </TabList>
      </div>
      {errors['templates'] && <p role="alert">{errors['templates']}</p>}
      <div className={styles.add}>
        <Field label="Add a language" hint="A tag such as fr or pt-BR">
          <Input className={styles.tag} value={newTag} maxLength={35} onChange={(_, data) => setNewTag(data.value)} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), newTag.trim() && addLanguage())} />
        </Field>
        <Button icon={<Add20Regular />} disabled={!newTag.trim()} onClick={addLanguage}>
          Add language
        </Button>
      </div>
      {selected && (
        <>
          <div className={styles.row}>
            <Field
              label="Language tag"
              validationState={fieldError(selected, 'language') ? 'error' : 'none'}
              validationMessage={fieldError(selected, 'language')}
            >
              <Input className={styles.tag} value={selected.language} maxLength={35} onChange={(_, data) => editRow(selected.id, { language: data.value })} />
            </Field>
            <Button icon={<Delete20Regular />} onClick={() => remove(selected.id)}>
              Remove {selected.language || 'this language'}
            </Button>
          </div>
          <Field label="Subject" validationState={fieldError(selected, 'subject') ? 'error' : 'none'} validationMessage={fieldError(selected, 'subject')}>
            <Input value={selected.subject} maxLength={300} onChange={(_, data) => editRow(selected.id, { subject: data.value })} />
          </Field>
          <Field label="Message (HTML)" validationState={fieldError(selected, 'html') ? 'error' : 'none'} validationMessage={fieldError(selected, 'html')}>
            <Textarea
              className={styles.body}
              value={selected.html}
              rows={12}
              resize="vertical"
              spellCheck={false}
              onChange={(_, data) => editRow(selected.id, { html: data.value })}
            />
          </Field>
          <details>
            <summary>Placeholders you can use</summary>
            <ul className={styles.placeholders}>
              {allowed.map(([name, description]) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code> {description}
                </li>
              ))}
            </ul>
          </details>
          <h4 className={styles.previewHeading}>Preview{person ? ` for ${person.displayName}` : ' with a sample person'}</h4>
          {preview ? (
            <MailPreview subject={preview.subject} html={preview.html} title={`Preview of the ${languageName(selected.language)} message`} />
          ) : (
            <p>The preview appears once the template reads without errors.</p>
          )}
        </>
      )}
    </SettingsSection>
  );
};
