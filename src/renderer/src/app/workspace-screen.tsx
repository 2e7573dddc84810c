import { makeStyles, tokens } from '@fluentui/react-components';
import { DeskRoleBanner, useSessionStore } from '../features/accounts';
import { BulkScreen, useBulkShortcut, useBulkStore } from '../features/bulk';
import { WaitNotice } from '../features/calls';
import { HandoffScreen, useHandoffStore } from '../features/handoff';
import { useCreatePassStore } from '../features/issuing';
import { JournalPanel, JournalProblemNotice, useJournalShortcut } from '../features/journal';
import { SearchPanel } from '../features/people';
import { useSettingsPageStore } from '../features/settings';
import { ErrorMessage } from '../ui/errors/error-message';
import { backToQueue, openCardInSingleFlow, toggleBulk } from './bulk-entry';
import { clearWorkspace } from './clear-workspace';
import { refreshRecentPeople, rereadCard, useRecentPeople } from './journal-people';
import { PersonPanel } from './person-panel';
import { SettingsPage } from './settings-page';
import { WorkspaceHeader } from './workspace-header';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} clamp(${tokens.spacingHorizontalS}, 2vw, ${tokens.spacingHorizontalXL})`,
    maxWidth: '80rem',
    margin: '0 auto',
  },
  // One column below about 1,000 px (800×600, 200 % zoom): the search above the person, nothing scrolls sideways.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXL,
    '@media (min-width: 62.5em)': { gridTemplateColumns: 'minmax(18rem, 2fr) minmax(24rem, 3fr)' },
  },
});

/**
 * The handoff view replaces everything else, so nothing competes with the pass on screen; the settings page, opened
 * only outside a handoff, does too. The bulk screen takes the single flow's place while it is shown.
 */
export const WorkspaceScreen = () => {
  const styles = useStyles();
  const handoff = useHandoffStore((state) => state.handoff);
  const error = useSessionStore((state) => state.error);
  const settingsProfileId = useSettingsPageStore((state) => state.profileId);
  const creating = useCreatePassStore((state) => state.creating);
  const bulkShown = useBulkStore((state) => state.shown);
  const fromBatch = useBulkStore((state) => state.handingOver !== null);
  const recent = useRecentPeople();
  // A pass on its way or on screen stays the only thing there: the journal and the bulk screen wait until it has been handed over.
  const journalAvailable = !handoff && !creating;
  useJournalShortcut(journalAvailable);
  useBulkShortcut(journalAvailable, toggleBulk);

  const nextPerson = () => {
    clearWorkspace();
    refreshRecentPeople();
  };

  return (
    <>
      <WorkspaceHeader journalAvailable={journalAvailable} />
      <main className={styles.main}>
        <JournalProblemNotice />
        <WaitNotice />
        {error && <ErrorMessage error={error} />}
        {!settingsProfileId && !handoff && <DeskRoleBanner />}
        {settingsProfileId ? (
          <SettingsPage profileId={settingsProfileId} />
        ) : handoff ? (
          <HandoffScreen handoff={handoff} onNextPerson={fromBatch ? backToQueue : nextPerson} />
        ) : bulkShown ? (
          <BulkScreen onOpenCard={openCardInSingleFlow} />
        ) : (
          <div className={styles.columns}>
            <SearchPanel recent={recent} onRecentOpen={refreshRecentPeople} />
            <PersonPanel />
          </div>
        )}
      </main>
      <JournalPanel onOpenCard={openCardInSingleFlow} canOpenCard={journalAvailable} onRevoked={rereadCard} />
    </>
  );
};
