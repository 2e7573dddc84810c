import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { MAX_COHORT_ROWS, type CohortRow } from '../../../../../shared';
import { formatDate } from '../../../format/date-time';
import { ErrorMessage } from '../../../ui/errors/error-message';
import { useT } from '../../../ui/i18n/translate';
import { CheckButton } from './check-button';
import type { CohortOrigin } from './cohort-origin';
import { HiresPeople } from './hires-people';
import { hireRangeProblems, nextSevenDays, parseDay, thisWeek, type HireRange } from './hire-range';
import { sourceMessages as m } from './messages';
import { useSourceStore } from './source-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(12rem, 100%), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  found: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  check: { alignSelf: 'flex-start' },
});

interface Props {
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** People found by hire date are keyed by their directory id, in the order Graph listed them. */
const rowsOf = (people: readonly { id: string }[]): CohortRow[] => people.map((person, index) => ({ line: index + 1, key: person.id, keyKind: 'id' }));

const shownDay = (day: string): string => {
  const date = parseDay(day);
  return date ? formatDate(date) : day;
};

/** People whose hire date in Entra falls in a range of days, both included; Enter in a day field finds them. */
export const HiresSource = ({ busy, onRows }: Props) => {
  const styles = useStyles();
  const t = useT();
  const [today] = useState(() => new Date());
  const range = useSourceStore((state) => state.hireRange) ?? thisWeek(today);
  const hires = useSourceStore((state) => state.hires);
  const { setHireRange, findHires } = useSourceStore.getState();
  const problems = hireRangeProblems(range);
  const errorOf = (field: keyof HireRange) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? { validationState: 'error' as const, validationMessage: t(problem.problem === 'reversed' ? m.rangeReversed : m.chooseDay) } : {};
  };
  const answered = hires.status === 'ready' && hires.range ? hires.range : null;

  return (
    <div className={styles.root}>
      <form
        className={styles.root}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.length === 0) void findHires(range);
        }}
      >
        <div className={styles.fields}>
          <Field label={t(m.hiresFrom)} {...errorOf('from')}>
            <Input type="date" value={range.from} onChange={(_, data) => setHireRange({ ...range, from: data.value })} />
          </Field>
          <Field label={t(m.hiresTo)} {...errorOf('to')}>
            <Input type="date" value={range.to} onChange={(_, data) => setHireRange({ ...range, to: data.value })} />
          </Field>
        </div>
        <div className={styles.buttons}>
          <Button onClick={() => setHireRange(thisWeek(new Date()))}>{t(m.thisWeek)}</Button>
          <Button onClick={() => setHireRange(nextSevenDays(new Date()))}>{t(m.nextSevenDays)}</Button>
          <Button type="submit" appearance={answered ? 'secondary' : 'primary'} icon={<CalendarLtr20Regular />} disabledFocusable={hires.status === 'loading'}>
            {t(m.findHires)}
          </Button>
        </div>
      </form>
      {hires.status === 'loading' && <Spinner size="tiny" label={t(m.hiresLoading)} />}
      {hires.status === 'failed' && hires.error && <ErrorMessage error={hires.error} />}
      {answered && (
        <>
          <p className={styles.found}>{t(m.hiresFound, { count: hires.people.length, from: shownDay(answered.from), to: shownDay(answered.to) })}</p>
          {hires.more && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t(m.hiresMore, { max: MAX_COHORT_ROWS })}</MessageBarBody>
            </MessageBar>
          )}
          <HiresPeople people={hires.people} />
          <span className={styles.check}>
            <CheckButton rows={rowsOf(hires.people)} origin={{ kind: 'hires', ...answered }} busy={busy} onRows={onRows} />
          </span>
        </>
      )}
    </div>
  );
};
