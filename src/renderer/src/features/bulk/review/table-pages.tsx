import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeft16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useT } from '../../../ui/i18n/translate';
import { reviewMessages as m } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface Props {
  page: number;
  pageSize: number;
  count: number;
  onPage: (page: number) => void;
}

/** Which rows the table shows, and the way to the others. */
export const TablePages = ({ page, pageSize, count, onPage }: Props) => {
  const styles = useStyles();
  const t = useT();
  const last = Math.max(0, Math.ceil(count / pageSize) - 1);
  return (
    <nav aria-label={t(m.pagesLabel)} className={styles.root}>
      <span>{t(m.pageStatus, { first: count === 0 ? 0 : page * pageSize + 1, last: Math.min(count, (page + 1) * pageSize), count })}</span>
      {last > 0 && (
        <>
          <Button size="small" icon={<ChevronLeft16Regular />} disabledFocusable={page === 0} onClick={() => onPage(page - 1)}>
            {t(m.previousPage)}
          </Button>
          <Button size="small" icon={<ChevronRight16Regular />} iconPosition="after" disabledFocusable={page >= last} onClick={() => onPage(page + 1)}>
            {t(m.nextPage)}
          </Button>
        </>
      )}
    </nav>
  );
};
