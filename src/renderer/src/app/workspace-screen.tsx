import { makeStyles, tokens } from '@fluentui/react-components';
import { DeskRoleBanner, useSessionStore } from '../features/accounts';
import { WaitNotice } from '../features/calls';
import { HandoffScreen, useHandoffStore } from '../features/handoff';
import { useCreatePassStore } from '../features/issuing';
import { JournalPanel, JournalProblemNotice, useJournalShortcut } from '../features/journal';
import { SearchPanel } from '../features/people';
import { useSettingsPageStore } from '../features/settings';
import { ErrorMessage } from '../ui/errors/error-message';
import { clearWorkspace } from './clear-workspace';
import { openCard, refreshRecentPeople, rereadCard, useRecentPeople } from './journal-people';
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

/** The handoff view replaces everything else, so nothing competes with the pass on screen; the settings page, opened only outside a handoff, does too. */
export const WorkspaceScreen = () => {
  const styles = useStyles();
  const handoff = useHandoffStore((state) => state.handoff);
  const error = useSessionStore((state) => state.error);
  const settingsProfileId = useSettingsPageStore((state) => state.profileId);
  const creating = useCreatePassStore((state) => state.creating);
  const recent = useRecentPeople();
  // A pass on its way or on screen stays the only thing there: the journal waits until it has been handed over.
  const journalAvailable = !handoff && !creating;
  useJournalShortcut(journalAvailable);

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
          <HandoffScreen handoff={handoff} onNextPerson={nextPerson} />
        ) : (
          <div className={styles.columns}>
            <SearchPanel recent={recent} onRecentOpen={refreshRecentPeople} />
            <PersonPanel />
          </div>
        )}
      </main>
      <JournalPanel onOpenCard={openCard} canOpenCard={journalAvailable} onRevoked={rereadCard} />
    </>
  );
};
