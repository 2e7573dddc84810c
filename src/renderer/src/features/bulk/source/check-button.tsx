import { Button } from '@fluentui/react-components';
import type { CohortRow } from '../../../../../shared';
import { useT } from '../../../ui/i18n/translate';
import type { CohortOrigin } from './cohort-origin';
import { sourceMessages as m } from './messages';

interface Props {
  rows: CohortRow[];
  origin: CohortOrigin;
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** Sends the rows found to the check, saying how many people that is. */
export const CheckButton = ({ rows, origin, busy, onRows }: Props) => {
  const t = useT();
  return (
    <Button appearance="primary" disabledFocusable={busy || rows.length === 0} onClick={() => onRows(rows, origin)}>
      {t(m.check, { count: rows.length })}
    </Button>
  );
};
