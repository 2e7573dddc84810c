import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultTenantSettings, ok, type TapContext, type TenantSettings } from '../../../src/shared';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { adele, contextFor, installFakeApi, profile, signedIn, tapPolicy as policy } from '../fake-api';
import { showPerson } from '../render';

const minutes = () => screen.getByRole('spinbutton', { name: 'Lifetime (minutes)' }) as HTMLInputElement;
const presets = () => within(screen.getByRole('radiogroup', { name: 'Lifetime' })).getAllByRole('radio') as HTMLInputElement[];
const checkedPreset = () => presets().find((radio) => radio.checked)?.labels?.[0]?.textContent ?? null;
const oneTime = () => screen.getByRole('switch', { name: 'One-time use' }) as HTMLInputElement;
const startsAt = () => screen.getByRole('radio', { name: 'At a chosen time' }) as HTMLInputElement;

/** Opens Adele's form after the active tenant's settings were loaded with these pass defaults. */
const open = async (defaults: Partial<TenantSettings['defaults']>, context: Partial<TapContext> = {}, profileId = profile.id) => {
  const api = installFakeApi();
  const settings = defaultTenantSettings();
  Object.assign(settings.defaults, defaults);
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
  useSessionStore.setState({ status: 'ready', session: signedIn });
  await useTenantSettingsStore.getState().load(profileId);
  await showPerson(api, contextFor(adele, context));
  return api;
};

describe('create form: tenant pass defaults', () => {
  it("preselects the tenant's lifetime when the policy cannot be read", async () => {
    await open({ lifetimeInMinutes: 90 }, { policy: null });
    expect(minutes().value).toBe('90');
    expect(checkedPreset()).toBe('1 hour, 30 minutes (tenant default)');
  });

  it("keeps today's 1 hour when the policy cannot be read and the tenant sets no lifetime", async () => {
    await open({ lifetimeInMinutes: null }, { policy: null });
    expect(checkedPreset()).toBe('1 hour');
  });

  it("prefers the tenant's lifetime when the policy allows it", async () => {
    await open({ lifetimeInMinutes: 480 }, { policy: policy() });
    expect(minutes().value).toBe('480');
    expect(checkedPreset()).toBe('8 hours (tenant default)');
    expect(screen.getByRole('radio', { name: '2 hours (default)' })).toBeTruthy();
  });

  it("keeps the policy's default when the tenant's lifetime lies outside the policy range", async () => {
    await open({ lifetimeInMinutes: 2880 }, { policy: policy() });
    expect(minutes().value).toBe('120');
    expect(checkedPreset()).toBe('2 hours (default)');
    expect(screen.queryByRole('radio', { name: /2 days/ })).toBeNull();
  });

  it('turns one-time use on when the tenant prefers it', async () => {
    await open({ isUsableOnce: true }, { policy: policy() });
    expect(oneTime().checked).toBe(true);
    expect(oneTime().disabled).toBe(false);
  });

  it('still forces one-time use when the policy requires it', async () => {
    await open({ isUsableOnce: false }, { policy: policy({ isUsableOnce: true }) });
    expect(oneTime().checked).toBe(true);
    expect(oneTime().disabled).toBe(true);
  });

  it('fills in a start time the offset ahead of now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 2, 4, 9, 30, 20));
    await open({ startOffsetMinutes: 45 });
    expect(startsAt().checked).toBe(true);
    const start = screen.getByLabelText(/^Start time/) as HTMLInputElement;
    expect(start.value).toBe('2031-03-04T10:15');
    expect(start.min).toBe('2031-03-04T09:30');
  });

  it('starts now when the offset is 0', async () => {
    await open({ startOffsetMinutes: 0 });
    expect((screen.getByRole('radio', { name: 'Now' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText(/^Start time/)).toBeNull();
  });

  it("ignores settings that belong to another tenant's profile", async () => {
    await open({ lifetimeInMinutes: 90, isUsableOnce: true }, { policy: null }, 'fabrikam');
    expect(checkedPreset()).toBe('1 hour');
    expect(oneTime().checked).toBe(false);
  });
});
