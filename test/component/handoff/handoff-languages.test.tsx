import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoffScreen } from '../../../src/renderer/src/features/handoff/handoff-screen';
import { useHandoffStore, type HandoffPerson } from '../../../src/renderer/src/features/handoff/handoff-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { adele, contextFor, installFakeApi, issuedFor } from '../fake-api';
import { renderInTheme, showPerson } from '../render';

/** The handoff for Adele, whose directory entry says `person` about her language. */
const showHandoffFor = (person: HandoffPerson | null) => {
  useHandoffStore.getState().start(issuedFor(adele.id), adele.displayName, [], person);
  const handoff = useHandoffStore.getState().handoff!;
  return renderInTheme(<HandoffScreen handoff={handoff} onNextPerson={() => undefined} />);
};

const spelling = () => screen.getByRole('list', { name: /Read it out|Zum Vorlesen/ });
const spelledGroups = () => within(spelling()).getAllByRole('listitem').map((item) => item.textContent);
const alphabetSelect = () => screen.getByRole('combobox', { name: /Spelling alphabet|Buchstabiertafel/ }) as HTMLSelectElement;
const german = ['großes K wie Köln · kleines q wie Quickborn · sieben · Raute', 'kleines m wie München · großes P wie Potsdam · null · kleines x wie Xanten'];
const english = ['capital Kilo · lower-case quebec · seven · hash', 'lower-case mike · capital Papa · zero · lower-case x-ray'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handoff: the spelling alphabet', () => {
  it('reads the pass out in German to a German-speaking person, marked as German, and switches on request', () => {
    installFakeApi();
    showHandoffFor({ preferredLanguage: 'de-DE', usageLocation: 'US' });
    expect(alphabetSelect().value).toBe('de');
    expect(spelledGroups()).toEqual(german);
    expect(spelling().getAttribute('lang')).toBe('de');
    expect(spelling().getAttribute('translate')).toBe('no');

    fireEvent.change(alphabetSelect(), { target: { value: 'en' } });
    expect(spelledGroups()).toEqual(english);
    expect(spelling().getAttribute('lang')).toBe('en');

    fireEvent.change(alphabetSelect(), { target: { value: 'fr' } });
    expect(spelledGroups()[0]).toBe('K majuscule comme Kléber · q minuscule comme Quintal · sept · dièse');
  });

  it('keeps the technician’s pick while the pass is hidden and shown again', () => {
    installFakeApi();
    showHandoffFor({ preferredLanguage: 'de', usageLocation: null });
    fireEvent.change(alphabetSelect(), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hide pass' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show pass' }));
    expect(alphabetSelect().value).toBe('en');
  });

  it('goes by the usage location when the person has no preferred language', () => {
    installFakeApi();
    showHandoffFor({ preferredLanguage: null, usageLocation: 'fr' });
    expect(alphabetSelect().value).toBe('fr');
  });

  it("falls back to the screen's language when the person's has no alphabet here", () => {
    installFakeApi();
    showHandoffFor({ preferredLanguage: 'ja-JP', usageLocation: 'JP' });
    expect(alphabetSelect().value).toBe('en');
    expect(spelledGroups()).toEqual(english);
  });

  it("takes the person's language from their card when the pass is created there", async () => {
    const api = installFakeApi();
    const context = contextFor(adele);
    const view = await showPerson(api, { ...context, user: { ...context.user, preferredLanguage: 'fr-FR', usageLocation: 'DE' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create pass' })));
    view.unmount();
    expect(useHandoffStore.getState().handoff?.person).toEqual({ preferredLanguage: 'fr-FR', usageLocation: 'DE' });
    renderInTheme(<HandoffScreen handoff={useHandoffStore.getState().handoff!} onNextPerson={() => undefined} />);
    expect(alphabetSelect().value).toBe('fr');
  });

  it('offers each alphabet by its own name, as data of its language', () => {
    installFakeApi();
    showHandoffFor(null);
    const options = Array.from(alphabetSelect().options);
    expect(options.map((option) => [option.value, option.lang, option.getAttribute('translate'), option.textContent])).toEqual([
      ['en', 'en', 'no', 'English (ICAO)'],
      ['de', 'de', 'no', 'Deutsch (DIN 5009)'],
      ['fr', 'fr', 'no', 'Français'],
    ]);
  });
});

describe('handoff: in German and French', () => {
  it('speaks German, formats dates in German, and reads the pass out with the German alphabet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    installFakeApi();
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    showHandoffFor(null);
    expect(screen.getByRole('heading', { name: 'Zugriffspass für Adele Vance' })).toBeTruthy();
    expect(screen.getByLabelText('Befristeter Zugriffspass').textContent).toBe('Kq7#mP0x');
    expect(screen.getByText(/^Ziffern stehen auf gefüllten Kacheln/)).toBeTruthy();
    expect(screen.getByText('Wird ausgeblendet in 2:00')).toBeTruthy();
    expect(screen.getByText('Ausgestellt')).toBeTruthy();
    const issued = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2030-05-01T09:00:00Z'));
    expect(screen.getAllByText(issued).length).toBeGreaterThan(0);
    expect(screen.getByText('Mehrfache Verwendung')).toBeTruthy();
    expect(screen.getByText('Warten auf die erste Anmeldung')).toBeTruthy();
    expect(screen.getByText('Prüft alle 10 s')).toBeTruthy();
    expect(alphabetSelect().value).toBe('de');
    expect(spelledGroups()).toEqual(german);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Zugriffspass kopieren' })));
    expect(useAnnouncerStore.getState().message).toBe('Zugriffspass kopiert. Die Zwischenablage wird in 30 Sekunden geleert.');
    expect(screen.getByText('Kopiert – Zwischenablage wird in 30 s geleert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nächste Person' })).toBeTruthy();
  });

  it('words a new method from its type, in French, and keeps its device as data', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const api = installFakeApi();
    const { temporaryAccessPass: _secret, ...pass } = issuedFor(adele.id);
    api.passStatus.mockResolvedValue({
      ok: true,
      value: { existingPass: pass, methods: [{ id: 'fido-1', type: 'fido2AuthenticationMethod', label: 'Passkey (FIDO2) · YubiKey 5', device: 'YubiKey 5' }], checkedAt: '2030-05-01T09:05:00Z' },
    });
    usePreferencesStore.setState({ preferences: { language: 'fr', theme: 'system' } });
    showHandoffFor(null);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    // The matcher folds the no-break space before the colon into a plain one, as it does the text.
    expect(screen.getByText('Nouvelle méthode inscrite : Clé d’accès (FIDO2) · YubiKey 5')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Nouvelle méthode inscrite\u00a0: Clé d’accès (FIDO2) · YubiKey 5.');
  });
});
