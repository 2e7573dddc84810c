import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { groupPass } from './pass-groups';
import { spellPass } from './phonetic';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
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

/** The pass as words, group by group, for reading it out; a dot separates words because a comma can be part of the pass. */
export const PassSpelling = ({ value }: { value: string }) => {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.root}>
      <span id={labelId} className={styles.term}>
        Read it out
      </span>
      <ol aria-labelledby={labelId} className={styles.groups}>
        {groupPass(value).map((group, index) => (
          <li key={index} className={styles.group}>
            {spellPass(group).join(' · ')}
          </li>
        ))}
      </ol>
    </div>
  );
};
