import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Filter20Regular } from '@fluentui/react-icons';
import { MAX_RANGE_DAYS } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { parseDayInput, toDayInput } from './day';
import { journalMessages as m } from './messages';
import { tenantQueryOf, useTenantStore, type TenantFilters as Filters } from './tenant-store';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(12rem, 100%), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  show: { alignSelf: 'flex-start' },
});

/** Which field a range problem belongs to, in which words. */
const dayErrors = (filters: Filters): { first?: Message; last?: Message } => {
  const first = parseDayInput(filters.first) ? undefined : m.chooseDay;
  const last = parseDayInput(filters.last) ? undefined : m.chooseDay;
  if (first || last) return { first, last };
  const query = tenantQueryOf(filters);
  if (query === 'reversed') return { last: m.rangeReversed };
  if (query === 'too_long') return { last: m.rangeTooLong };
  return {};
};

/** The days and filters of the tenant view; Enter in any field shows them. */
export const TenantFilters = ({ filters }: { filters: Filters }) => {
  const styles = useStyles();
  const t = useT();
  const loading = useTenantStore((state) => state.status === 'loading');
  const { setFilters, load } = useTenantStore.getState();
  const errors = dayErrors(filters);
  const today = toDayInput(new Date());
  const validation = (message: Message | undefined) =>
    message ? { validationState: 'error' as const, validationMessage: t(message, { max: MAX_RANGE_DAYS }) } : {};

  return (
    <form
      className={styles.form}
      aria-label={t(m.filtersLabel)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const query = tenantQueryOf(filters);
        if (typeof query !== 'string') void load(query);
      }}
    >
      <div className={styles.fields}>
        <Field label={t(m.fromDay)} {...validation(errors.first)}>
          <Input type="date" max={today} value={filters.first} onChange={(_, data) => setFilters({ first: data.value })} />
        </Field>
        <Field label={t(m.toDay)} {...validation(errors.last)}>
          <Input type="date" max={today} value={filters.last} onChange={(_, data) => setFilters({ last: data.value })} />
        </Field>
        <Field label={t(m.personFilter)} hint={t(m.personFilterHint)}>
          <Input maxLength={100} value={filters.person} onChange={(_, data) => setFilters({ person: data.value })} spellCheck={false} />
        </Field>
        <Field label={t(m.technicianFilter)} hint={t(m.technicianFilterHint)}>
          <Input maxLength={100} value={filters.technician} onChange={(_, data) => setFilters({ technician: data.value })} spellCheck={false} />
        </Field>
      </div>
      <p className={styles.hint}>{t(m.rangeHint, { max: MAX_RANGE_DAYS })}</p>
      <Button type="submit" className={styles.show} appearance="primary" icon={<Filter20Regular />} disabledFocusable={loading}>
        {t(m.show)}
      </Button>
    </form>
  );
};
