import { Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../ui/i18n/translate';
import { handoffMessages as m } from './messages';
import { groupPass } from './pass-groups';
import { alphabetName, spellingLanguages, spellPass, type SpellingLanguage } from './phonetic';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  groups: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  group: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
  },
});

interface Props {
  value: string;
  /** The language whose spelling alphabet the pass is read out in. */
  language: SpellingLanguage;
  onLanguageChange: (language: SpellingLanguage) => void;
}

const isSpellingLanguage = (value: string): value is SpellingLanguage => (spellingLanguages as readonly string[]).includes(value);

/**
 * The pass as words, group by group, for reading it out; a dot separates words because a comma can be part of
 * the pass. The words belong to the alphabet's language, not the screen's: marked so, screen readers say them
 * in that language and nothing translates them.
 */
export const PassSpelling = ({ value, language, onLanguageChange }: Props) => {
  const styles = useStyles();
  const t = useT();
  const labelId = useId();
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <span id={labelId} className={styles.term}>
          {t(m.readItOut)}
        </span>
        <Select
          size="small"
          appearance="underline"
          aria-label={t(m.spellingAlphabet)}
          value={language}
          onChange={(_, data) => {
            if (isSpellingLanguage(data.value)) onLanguageChange(data.value);
          }}
        >
          {spellingLanguages.map((option) => (
            <option key={option} value={option} lang={option} translate="no">
              {alphabetName(option)}
            </option>
          ))}
        </Select>
      </div>
      <ol aria-labelledby={labelId} className={styles.groups} lang={language} translate="no">
        {groupPass(value).map((group, index) => (
          <li key={index} className={styles.group}>
            {spellPass(group, language).join(' · ')}
          </li>
        ))}
      </ol>
    </div>
  );
};
