import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular, Info16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { CohortProblem } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import { sourceMessages as m } from './messages';
import { problemWords } from './problem-words';

/** Enough to see what is wrong with a list; a list with more needs fixing at its source anyway. */
const SHOWN_PROBLEMS = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', overflowWrap: 'anywhere' },
  icon: { flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  effect: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Each problem by its line, in plain words, with what it costs: the line, the option, or the whole list. */
export const ProblemList = ({ problems }: { problems: readonly CohortProblem[] }) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(m.problemsHeading, { count: problems.length })}
      </h3>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => {
          const words = problemWords(problem);
          const Icon = problem.effect === 'option' ? Info16Regular : ErrorCircle16Regular;
          return (
            <li key={`${problem.line}-${problem.code}-${index}`} className={styles.item}>
              <Icon className={mergeClasses(styles.icon, problem.effect !== 'option' && styles.error)} aria-hidden />
              <span>
                {t(words.text, words.values)}
                {words.effect && (
                  <>
                    {' '}
                    <span className={styles.effect}>{t(words.effect)}</span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p className={styles.effect}>{t(m.moreProblems, { count: hidden })}</p>}
    </section>
  );
};
