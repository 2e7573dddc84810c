import { describe, expect, it, vi } from 'vitest';
import type { ActiveGraph } from '../../../../src/main/accounts/active-graph';
import { NotificationService } from '../../../../src/main/notify/notification-service';
import type { TapService } from '../../../../src/main/issuing/tap-service';
import { defaultTenantSettings } from '../../../../src/shared';

const person = { id: 'p', displayName: 'Lena Fischer', userPrincipalName: 'lena@contoso.example', mail: 'lena@contoso.example', preferredLanguage: 'de-DE', usageLocation: 'DE' };
const pass = { id: 't', createdDateTime: '2030-05-01T09:00:00Z', startDateTime: '2030-05-01T09:00:00Z', lifetimeInMinutes: 60, isUsableOnce: true, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };

const service = (clock: { now: number }) => {
  const sendMail = vi.fn(async () => undefined);
  const session = {
    api: { manager: async () => ({ kind: 'none' }), mailboxAddresses: async () => [person.mail], sendMail },
    key: 'account',
    technician: { name: 'Mara Keller', address: 'mara@contoso.example' },
    tenantName: 'Contoso',
  } as unknown as ActiveGraph;
  const tap = { issued: async () => ({ user: person, pass }) } as unknown as TapService;
  const settings = defaultTenantSettings();
  settings.notifications.enabled = true;
  return { notifications: new NotificationService(async () => session, tap, () => settings, () => null, () => clock.now), sendMail };
};

describe('notice drafts', () => {
  it('expire a quarter of an hour after the preview, so none outlives the handoff', async () => {
    const clock = { now: 0 };
    const { notifications, sendMail } = service(clock);
    const late = await notifications.prepare({ userId: person.id });
    clock.now = 15 * 60_000 + 1;
    await expect(notifications.send(late.draftId)).rejects.toThrow(/no longer current/);
    const fresh = await notifications.prepare({ userId: person.id });
    clock.now += 14 * 60_000;
    await expect(notifications.send(fresh.draftId)).resolves.toMatchObject({ to: [person.mail] });
    expect(sendMail).toHaveBeenCalledTimes(1);
  });
});
