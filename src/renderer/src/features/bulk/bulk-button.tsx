import { ToggleButton, Tooltip } from '@fluentui/react-components';
import { PeopleQueue20Regular } from '@fluentui/react-icons';
import { useT } from '../../ui/i18n/translate';
import { useBulkStore } from './bulk-store';
import { waitingCount } from './handover/run-summary';
import { bulkMessages as m } from './messages';

interface Props {
  disabled: boolean;
  /** Shows or leaves the bulk screen; the app first leaves whatever page holds the workspace. */
  onToggle: () => void;
}

/**
 * The header's way into the bulk screen; while a batch is open it says in a few words where the batch stands, even
 * from the single flow, and in a sentence in its description.
 */
export const BulkButton = ({ disabled, onToggle }: Props) => {
  const t = useT();
  const shown = useBulkStore((state) => state.shown);
  const step = useBulkStore((state) => state.step);
  const waiting = useBulkStore((state) => (state.run ? waitingCount(state.run.rows) : 0));
  return (
    <Tooltip content={step === 'source' ? t(m.openCohortTip) : t(m.cohortStatusTip, { step, count: waiting })} relationship="description">
      <ToggleButton
        appearance="subtle"
        icon={<PeopleQueue20Regular />}
        aria-keyshortcuts="Control+Shift+K"
        checked={shown}
        disabledFocusable={disabled}
        onClick={onToggle}
      >
        {step === 'source' ? t(m.openCohort) : t(m.cohortStatus, { step, count: waiting })}
      </ToggleButton>
    </Tooltip>
  );
};
