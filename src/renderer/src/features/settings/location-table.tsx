import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../ui/i18n/translate';
import { useVisuallyHiddenStyles } from '../../ui/visually-hidden';
import { countryName, languageName } from '../../ui/display-names';
import { settingsMessages as m } from './messages';
import { countryKey, languageKey, newRow, type ErrorOf, type LocationRow } from './settings-form';
import { useSettingsPageStore } from './settings-page-store';

const useStyles = makeStyles({
  caption: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  country: { width: '5rem' },
  language: { width: '9rem' },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  actions: { width: '3rem' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Where keyboard focus goes once the rows have re-rendered. */
type FocusTarget = { row: number; on: 'country' | 'remove' } | 'add' | null;

interface Props {
  rows: LocationRow[];
  errorOf: ErrorOf;
}

/** Usage location → language, one editable row per country; focus follows adding and removing rows. */
export const LocationTable = ({ rows, errorOf }: Props) => {
  const styles = useStyles();
  const t = useT();
  const hidden = useVisuallyHiddenStyles();
  const captionId = useId();
  const { edit, touch } = useSettingsPageStore.getState();
  const countryInputs = useRef(new Map<number, HTMLInputElement>());
  const removeButtons = useRef(new Map<number, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else if (target?.on === 'country') countryInputs.current.get(target.row)?.focus();
    else if (target?.on === 'remove') removeButtons.current.get(target.row)?.focus();
  });

  const change = (id: number, changes: Partial<LocationRow>) =>
    edit({ locations: rows.map((row) => (row.id === id ? { ...row, ...changes } : row)) });

  const add = () => {
    const row = newRow();
    focusNext.current = { row: row.id, on: 'country' };
    edit({ locations: [...rows, row] });
  };

  const remove = (index: number) => {
    const remaining = rows.filter((_, at) => at !== index);
    const neighbour = remaining[index] ?? remaining[index - 1];
    focusNext.current = neighbour ? { row: neighbour.id, on: 'remove' } : 'add';
    edit({ locations: remaining });
  };

  return (
    <>
      <p id={captionId} className={styles.caption}>
        {t(m.locationCaption)}
      </p>
      <Table aria-labelledby={captionId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.country}>{t(m.countryColumn)}</TableHeaderCell>
            <TableHeaderCell className={styles.language}>{t(m.languageColumn)}</TableHeaderCell>
            <TableHeaderCell className={styles.actions}>
              <span className={hidden.root}>{t(m.removeColumn)}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => {
            const countryError = errorOf(countryKey(row));
            const languageError = errorOf(languageKey(row));
            const rowNumber = index + 1;
            return (
              <TableRow key={row.id}>
                <TableCell className={styles.cell}>
                  <Field
                    hint={countryError ? undefined : (countryName(row.country) ?? undefined)}
                    validationState={countryError ? 'error' : 'none'}
                    validationMessage={countryError && t(countryError.message, countryError.values)}
                  >
                    <Input
                      ref={(element) => {
                        if (element) countryInputs.current.set(row.id, element);
                        else countryInputs.current.delete(row.id);
                      }}
                      aria-label={t(m.countryInRow, { row: rowNumber })}
                      className={styles.country}
                      maxLength={2}
                      placeholder={t(m.countryExample)}
                      value={row.country}
                      onChange={(_, data) => change(row.id, { country: data.value.toUpperCase() })}
                      onBlur={() => touch(countryKey(row))}
                    />
                  </Field>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Field
                    hint={languageError ? undefined : (languageName(row.language) ?? undefined)}
                    validationState={languageError ? 'error' : 'none'}
                    validationMessage={languageError && t(languageError.message, languageError.values)}
                  >
                    <Input
                      aria-label={t(m.languageInRow, { row: rowNumber })}
                      className={styles.language}
                      maxLength={35}
                      placeholder={t(m.languageExample)}
                      value={row.language}
                      onChange={(_, data) => change(row.id, { language: data.value })}
                      onBlur={() => touch(languageKey(row))}
                    />
                  </Field>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Button
                    ref={(element) => {
                      if (element) removeButtons.current.set(row.id, element);
                      else removeButtons.current.delete(row.id);
                    }}
                    appearance="subtle"
                    icon={<Delete20Regular />}
                    aria-label={row.country ? t(m.removeRowOf, { row: rowNumber, country: row.country }) : t(m.removeRow, { row: rowNumber })}
                    onClick={() => remove(index)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {rows.length === 0 && <p className={styles.empty}>{t(m.noCountries)}</p>}
      <div>
        <Button ref={addButton} icon={<Add20Regular />} onClick={add}>
          {t(m.addCountry)}
        </Button>
      </div>
    </>
  );
};
