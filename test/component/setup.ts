import { cleanup, configure } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { disposeTabster, getTabster } from 'tabster';
import { afterEach, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { provideApi } from '../../src/renderer/src/api';
import { useAnnouncerStore } from '../../src/renderer/src/ui/announcer-store';
import { setCurrentIntl } from '../../src/renderer/src/ui/i18n/translate';
import { useCreatePassStore } from '../../src/renderer/src/features/issuing/create-pass-store';
import { useHandoffStore } from '../../src/renderer/src/features/handoff/handoff-store';
import { usePassStatusStore } from '../../src/renderer/src/features/handoff/pass-status-store';
import { useSearchStore } from '../../src/renderer/src/features/people/search-store';
import { useSelectionStore } from '../../src/renderer/src/features/issuing/selection-store';
import { useSessionStore } from '../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../src/renderer/src/features/preferences/preferences-store';
import { useSettingsPageStore } from '../../src/renderer/src/features/settings/settings-page-store';
import { useTenantSettingsStore } from '../../src/renderer/src/features/settings/tenant-settings-store';
import { resetBulk } from '../../src/renderer/src/features/bulk/bulk-store';
import { clearJournal } from '../../src/renderer/src/features/journal/clear-journal';
import { useJournalProblemStore } from '../../src/renderer/src/features/journal/journal-problem-store';
import { useJournalViewStore } from '../../src/renderer/src/features/journal/journal-view-store';

// happy-dom's Web Animations reject when cancelled; without them Fluent's motion completes instantly, as in jsdom.
Object.defineProperty(Element.prototype, 'animate', { value: undefined, configurable: true });

// A loaded two-core machine (CI runs test files side by side) can take several seconds to open a Fluent menu
// or dialog over a whole settings page; waits say "eventually", timing is measured by the benches.
configure({ asyncUtilTimeout: 10_000 });
// Fluent's modal dialogs mark the rest of the page aria-hidden and restore it a tick later, on timers that a loaded
// machine or a test's fake clock delays: a query by role could then miss an element that is there. Whether the
// page is accessible is checked in Chromium with axe (e2e); here roles and names are what is asked.
configure({ defaultHidden: true });

const reset = <T>(store: StoreApi<T>) => store.setState(store.getInitialState(), true);

afterEach(() => {
  cleanup();
  // Fluent's focus manager lives on the window the files share: a modal it still counts as open after one file's
  // dialog would hide the next file's dialog from the accessibility tree. The next render makes a fresh one.
  const tabster = getTabster(window);
  if (tabster) disposeTabster(tabster, true);
  // Files share one module load: the language the last rendered tree spoke must not word the next file's dates.
  setCurrentIntl(createIntl({ locale: 'en', messages: {} }));
  // Their own clear also stops the wipe timer and drops answers still on the way.
  useHandoffStore.getState().clear();
  usePassStatusStore.getState().clear();
  clearJournal();
  // A cohort left open by one file would put the bulk screen, its timers and its listeners in the next file's way.
  resetBulk();
  vi.useRealTimers();
  provideApi(null);
  reset(useAnnouncerStore);
  reset(useCreatePassStore);
  reset(usePreferencesStore);
  reset(useSearchStore);
  reset(useSelectionStore);
  reset(useSessionStore);
  reset(useSettingsPageStore);
  reset(useTenantSettingsStore);
  reset(useJournalProblemStore);
  reset(useJournalViewStore);
});
