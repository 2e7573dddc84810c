import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ok, type AuthMethod, type IssuedPass, type TapContext } from '../../src/shared';
import { App } from '../../src/renderer/src/app/app';
import { clearWorkspace } from '../../src/renderer/src/app/clear-workspace';
import { DeskIntlProvider } from '../../src/renderer/src/app/desk-intl-provider';
import { HandoffScreen } from '../../src/renderer/src/features/handoff/handoff-screen';
import { PersonPanel } from '../../src/renderer/src/app/person-panel';
import { useHandoffStore } from '../../src/renderer/src/features/handoff/handoff-store';
import { useSelectionStore } from '../../src/renderer/src/features/issuing/selection-store';
import { useSessionStore } from '../../src/renderer/src/features/accounts/session-store';
import { adele, issuedFor, signedIn, type FakeApi } from './fake-api';

const Theme = ({ children }: { children: ReactNode }) => (
  <DeskIntlProvider>
    <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
  </DeskIntlProvider>
);

export const renderInTheme = (ui: ReactElement) => render(ui, { wrapper: Theme });

export const renderApp = () => render(<App />);

/**
 * Types one character at a time without user-event, whose waits never end under fake timers;
 * the tests that own the debounce clock use this.
 */
export const typeInto = (input: HTMLInputElement, text: string) => {
  for (const character of text) fireEvent.change(input, { target: { value: input.value + character } });
};

/** Finds visible text, ignoring the live region that repeats announcements for screen readers. */
export const findShown = (text: string | RegExp) => screen.findByText(text, { ignore: '[aria-live] *, script, style' });
export const queryShown = (text: string | RegExp) => screen.queryByText(text, { ignore: '[aria-live] *, script, style' });

/** Renders the person column and selects `context.user` as if it had been picked in the search. */
export const showPerson = async (api: FakeApi, context: TapContext) => {
  useSessionStore.setState({ status: 'ready', session: signedIn });
  api.prepareTap.mockResolvedValue(ok(context));
  const view = renderInTheme(<PersonPanel />);
  await act(() => useSelectionStore.getState().select(context.user));
  return view;
};

/** The handoff view as the workspace shows it: present while the store holds a handoff. */
const Handoff = () => {
  const handoff = useHandoffStore((state) => state.handoff);
  return handoff ? <HandoffScreen handoff={handoff} onNextPerson={clearWorkspace} /> : null;
};

/** Starts a handoff for Adele as if her pass had just been created, and renders its view. */
export const showHandoff = (pass: IssuedPass = issuedFor(adele.id), methodsAtIssue: AuthMethod[] | null = []) => {
  useHandoffStore.getState().start(pass, adele.displayName, methodsAtIssue);
  return renderInTheme(<Handoff />);
};
