import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { appError, err, type IssuedPass, type Result, type TapContext } from '../../../src/shared';
import { formatLocal } from '../../../src/renderer/src/format/date-time';
import { useCreatePassStore } from '../../../src/renderer/src/features/issuing/create-pass-store';
import { useSelectionStore } from '../../../src/renderer/src/features/issuing/selection-store';
import { adele, contextFor, deferred, installFakeApi, person, tapPolicy as policy } from '../fake-api';
import { findShown, showPerson } from '../render';

const createButton = () => screen.getByRole('button', { name: 'Create pass' });
const minutes = () => screen.getByRole('spinbutton', { name: 'Lifetime (minutes)' }) as HTMLInputElement;
const presets = () => within(screen.getByRole('radiogroup', { name: 'Lifetime' })).getAllByRole('radio') as HTMLInputElement[];
const presetLabels = () => presets().map((radio) => radio.labels?.[0]?.textContent);
const checkedPreset = () => presets().find((radio) => radio.checked)?.labels?.[0]?.textContent ?? null;
const oldPass = { id: 'old', createdDateTime: null, startDateTime: null, lifetimeInMinutes: 60, isUsableOnce: true, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };

const open = async (context: Partial<TapContext> = {}) => {
  const api = installFakeApi();
  await showPerson(api, contextFor(adele, context));
  return api;
};

describe('create pass form', () => {
  it('offers only presets inside the policy range plus its default, preselected', async () => {
    await open({ policy: policy() });
    expect(presetLabels()).toEqual(['1 hour', '2 hours (default)', '4 hours', '8 hours', '1 day']);
    expect(checkedPreset()).toBe('2 hours (default)');
    expect(minutes().value).toBe('120');
    expect(minutes().min).toBe('60');
    expect(minutes().max).toBe('1440');
  });

  it('offers the usual presets with 1 hour preselected when the policy cannot be read', async () => {
    await open({ policy: null });
    expect(presetLabels()).toEqual(['1 hour', '4 hours', '8 hours', '1 day', '7 days', '30 days']);
    expect(checkedPreset()).toBe('1 hour');
  });

  it('keeps presets and the custom minutes in step, and refuses minutes outside the range', async () => {
    const api = await open({ policy: policy() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '8 hours' }));
    expect(minutes().value).toBe('480');
    await user.clear(minutes());
    await user.type(minutes(), '90');
    expect(checkedPreset()).toBeNull();
    expect(screen.getByText(/1 hour, 30 minutes/)).toBeTruthy();
    await user.clear(minutes());
    await user.type(minutes(), '30');
    expect(screen.getByText('Enter 60–1440 minutes (1 hour–1 day).')).toBeTruthy();
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
    await user.click(createButton());
    expect(api.createTap).not.toHaveBeenCalled();
  });

  it('forces one-time use when the policy requires it, and says why', async () => {
    await open({ policy: policy({ isUsableOnce: true }) });
    const toggle = screen.getByRole('switch', { name: 'One-time use' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.disabled).toBe(true);
    expect(document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      "Always on: this tenant's policy only allows one-time passes.",
    );
  });

  it('moves focus to Create so a second Enter issues the pass', async () => {
    const api = await open({ policy: policy() });
    expect(document.activeElement).toBe(createButton());
    await userEvent.setup().keyboard('{Enter}');
    expect(api.createTap).toHaveBeenCalledWith({ userId: 'adele', lifetimeInMinutes: 120, isUsableOnce: false, replacePassId: null });
  });

  it('sends the chosen options, with a start time as ISO 8601 with the local offset', async () => {
    const api = await open({ policy: policy() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '1 day' }));
    await user.click(screen.getByRole('switch', { name: 'One-time use' }));
    await user.click(screen.getByRole('radio', { name: 'At a chosen time' }));
    fireEvent.change(screen.getByLabelText(/^Start time/), { target: { value: '2031-03-04T09:30' } });
    await user.click(createButton());
    const sent = api.createTap.mock.calls[0]![0];
    expect(sent).toMatchObject({ userId: 'adele', lifetimeInMinutes: 1440, isUsableOnce: true, replacePassId: null });
    expect(sent.startDateTime).toMatch(/^2031-03-04T09:30:00[+-]\d\d:\d\d$/);
    expect(new Date(sent.startDateTime!).getTime()).toBe(new Date(2031, 2, 4, 9, 30).getTime());
  });

  it('refuses a start time in the past', async () => {
    const api = await open({ policy: policy() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'At a chosen time' }));
    fireEvent.change(screen.getByLabelText(/^Start time/), { target: { value: '2001-01-01T09:00' } });
    expect(screen.getByText('Choose a start time in the future.')).toBeTruthy();
    await user.click(createButton());
    expect(api.createTap).not.toHaveBeenCalled();
  });

  it('requires ticking "Replace the existing pass" when the person already has one', async () => {
    const api = await open({ existingPass: oldPass });
    const replace = screen.getByRole('checkbox', { name: 'Replace the existing pass' });
    expect(document.activeElement).toBe(replace);
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('This person already has a pass. Tick "Replace the existing pass" to issue a new one.')).toBeTruthy();
    const user = userEvent.setup();
    await user.keyboard('{Tab}{Enter}');
    expect(document.activeElement).toBe(createButton());
    expect(api.createTap).not.toHaveBeenCalled();
    await user.keyboard('{Shift>}{Tab}{/Shift} ');
    expect(createButton().getAttribute('aria-disabled')).toBeNull();
    await user.keyboard('{Tab}{Enter}');
    expect(api.createTap).toHaveBeenCalledWith(expect.objectContaining({ replacePassId: oldPass.id }));
  });

  it('cannot be submitted twice and shows progress while creating', async () => {
    const api = await open({ policy: policy() });
    const answer = deferred<Result<IssuedPass>>();
    api.createTap.mockReturnValue(answer.promise);
    const user = userEvent.setup();
    await user.click(createButton());
    await user.click(createButton());
    await user.keyboard('{Enter}');
    expect(api.createTap).toHaveBeenCalledOnce();
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
    expect(createButton().querySelector('[role="progressbar"]')).toBeTruthy();
    expect(document.activeElement).toBe(createButton());
  });

  it('corrects itself when the tenant refuses the lifetime, and remembers the range', async () => {
    const api = await open({ policy: null });
    const range = { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 };
    api.createTap.mockResolvedValueOnce(err(appError('lifetime_out_of_range', 'Out of range.', { lifetimeRange: range })));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '7 days' }));
    await user.click(createButton());
    expect(await findShown('This tenant allows 1 hour–8 hours; lifetime set to 8 hours. Press Create again.')).toBeTruthy();
    expect(minutes().value).toBe('480');
    expect(presetLabels()).toEqual(['1 hour', '4 hours', '8 hours']);
    expect(document.activeElement).toBe(createButton());
    await user.keyboard('{Enter}');
    expect(api.createTap).toHaveBeenLastCalledWith(expect.objectContaining({ lifetimeInMinutes: 480 }));

    await act(() => useSelectionStore.getState().select(person('alex', 'Alex Wilber')));
    expect(presetLabels()).toEqual(['1 hour', '4 hours', '8 hours']);
    expect(useCreatePassStore.getState().learnedRanges).toEqual({ contoso: range });
  });

  it('turns on one-time use when the tenant refuses a multi-use pass', async () => {
    const api = await open({ policy: null });
    api.createTap.mockResolvedValueOnce(err(appError('multi_use_not_allowed', 'One-time only.')));
    const user = userEvent.setup();
    await user.click(createButton());
    expect(await findShown('This tenant only allows one-time passes; One-time use is now on. Press Create again.')).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'One-time use' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await user.click(createButton());
    expect(api.createTap).toHaveBeenLastCalledWith(expect.objectContaining({ isUsableOnce: true }));
  });

  it('explains other refusals with the request ID', async () => {
    const api = await open({ policy: policy() });
    api.createTap.mockResolvedValueOnce(err(appError('insufficient_role', 'Forbidden.', { requestId: 'r-9' })));
    await userEvent.setup().click(createButton());
    expect(await findShown("Your account can't issue passes for this person.")).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Request ID' }) as HTMLInputElement).value).toBe('r-9');
    expect(createButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('shows a pass issued elsewhere meanwhile, asks, and then replaces exactly that one', async () => {
    const api = await open({ policy: policy() });
    const elsewhere = { ...oldPass, id: 'elsewhere', createdDateTime: '2030-05-01T08:55:00Z' };
    api.createTap.mockResolvedValueOnce(err(appError('pass_changed', 'A pass you were not shown was issued.', { currentPass: elsewhere })));
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    expect(await findShown('Another pass was issued for this person since you looked.')).toBeTruthy();
    expect(screen.getByText(`The pass the person has now was issued ${formatLocal('2030-05-01T08:55:00Z')}.`)).toBeTruthy();
    const replace = screen.getByRole('checkbox', { name: 'Replace the existing pass' }) as HTMLInputElement;
    expect(document.activeElement).toBe(replace);
    expect(replace.checked).toBe(false);
    expect(useSelectionStore.getState().context?.existingPass?.id).toBe('elsewhere');
    await user.keyboard(' {Tab}{Enter}');
    expect(api.createTap).toHaveBeenLastCalledWith(expect.objectContaining({ replacePassId: 'elsewhere' }));
  });

  it('says what the service holds after an unknown outcome, and pre-ticks replacing a pass nobody can read', async () => {
    const api = await open({ policy: policy() });
    const unreadable = { ...oldPass, id: 'unreadable' };
    api.createTap.mockResolvedValueOnce(
      err(appError('pass_unreadable', 'Lost.', { passState: { outcome: 'unreadable', previousPass: 'none' }, currentPass: unreadable })),
    );
    await userEvent.setup().click(createButton());
    expect(await findShown('TAP Desk checked: a pass exists that nobody can read.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Replace the existing pass' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().click(createButton());
    expect(api.createTap).toHaveBeenLastCalledWith(expect.objectContaining({ replacePassId: 'unreadable' }));
  });

  it('lets the technician stop waiting for a create that hangs', async () => {
    const api = await open({ policy: policy() });
    const answer = deferred<Result<IssuedPass>>();
    api.createTap.mockReturnValue(answer.promise);
    const user = userEvent.setup();
    await user.click(createButton());
    const progress = vi.mocked(api.on).mock.calls.find(([event]) => event === 'event:create-progress')?.[1] as (payload: unknown) => void;
    act(() => progress({ userId: adele.id, step: 'checking-outcome' }));
    expect(screen.getByText('No answer came back. Checking whether the pass was created…')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(api.cancelTap).toHaveBeenCalledWith({ userId: adele.id });
    await act(async () => answer.resolve(err(appError('cancelled', 'Stopped.', { passState: { outcome: 'pending', previousPass: 'none' } }))));
    expect(await findShown('You stopped waiting for Microsoft Graph.')).toBeTruthy();
    expect(screen.getByText(/nothing has changed so far, but the request may still arrive late/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop waiting' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Look up again' }));
    expect(api.prepareTap).toHaveBeenCalledTimes(2);
  });
});
