import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { provideApi } from '../../src/renderer/src/api';
import { useAnnouncerStore } from '../../src/renderer/src/stores/announcer-store';
import { useCreatePassStore } from '../../src/renderer/src/stores/create-pass-store';
import { useSearchStore } from '../../src/renderer/src/stores/search-store';
import { useSelectionStore } from '../../src/renderer/src/stores/selection-store';
import { useSessionStore } from '../../src/renderer/src/stores/session-store';

// happy-dom's Web Animations reject when cancelled; without them Fluent's motion completes instantly, as in jsdom.
Object.defineProperty(Element.prototype, 'animate', { value: undefined, configurable: true });

const reset = <T>(store: StoreApi<T>) => store.setState(store.getInitialState(), true);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  provideApi(null);
  reset(useAnnouncerStore);
  reset(useCreatePassStore);
  reset(useSearchStore);
  reset(useSelectionStore);
  reset(useSessionStore);
});
