import { describe, expect, it, vi } from 'vitest';
import type { GraphApi } from '../../../../src/main/graph/graph-api';
import { TapService } from '../../../../src/main/issuing/tap-service';

const fakeApi = () => {
  const api = {
    user: vi.fn(async (id: string) => ({
      id,
      displayName: id,
      userPrincipalName: `${id}@contoso.com`,
      mail: null,
      jobTitle: null,
      department: null,
      accountEnabled: true,
      userType: 'Member',
      usageLocation: null,
      preferredLanguage: null,
      officeLocation: null,
      creationType: null,
    })),
    methods: vi.fn(async () => []),
    temporaryAccessPasses: vi.fn(async () => []),
    photoDataUrl: vi.fn(async () => null),
    tapPolicy: vi.fn(async () => null),
    directoryRoleIds: vi.fn(async () => []),
    createTemporaryAccessPass: vi.fn(async () => ({
      id: 'p',
      temporaryAccessPass: 'secret',
      createdDateTime: null,
      startDateTime: null,
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      isUsable: true,
      methodUsabilityReason: 'EnabledByPolicy',
    })),
  };
  return api;
};

const sessionOf = (api: ReturnType<typeof fakeApi>) => async () => ({
  api: api as unknown as GraphApi,
  technicianId: 'tech',
  key: 'account',
  securityInfoUrl: 'https://mysignins.microsoft.com/security-info',
  tenantName: 'Contoso',
  technician: { name: 'Tech', address: 'tech@contoso.example' },
});

describe('the person cache behind Create', () => {
  it('keeps the last fifty people and looks up an older one again before creating', async () => {
    const api = fakeApi();
    const service = new TapService(sessionOf(api));
    for (let index = 0; index <= 50; index += 1) await service.prepare(`user-${index}`);
    expect(api.user).toHaveBeenCalledTimes(51);
    await service.create({ userId: 'user-50', replacePassId: null });
    expect(api.user).toHaveBeenCalledTimes(51);
    await service.create({ userId: 'user-0', replacePassId: null });
    expect(api.user).toHaveBeenCalledTimes(52);
  });

  it('reads the pass right before every create, however young the lookup, and refuses one the technician was not shown', async () => {
    const api = fakeApi();
    const service = new TapService(sessionOf(api));
    await service.prepare('a');
    await service.create({ userId: 'a', replacePassId: null });
    expect(api.temporaryAccessPasses).toHaveBeenCalledTimes(2);
    await service.prepare('b');
    const otherDesk = { id: 'other-desk', createdDateTime: '2026-12-01T09:00:00Z', startDateTime: null, lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };
    api.temporaryAccessPasses.mockResolvedValueOnce([otherDesk] as never);
    await expect(service.create({ userId: 'b', replacePassId: null })).rejects.toMatchObject({ error: { code: 'pass_changed', currentPass: otherDesk } });
    expect(api.createTemporaryAccessPass).toHaveBeenCalledTimes(1);
    // Shown once, it is the pass this person has: without the technician's choice it is still not replaced.
    api.temporaryAccessPasses.mockResolvedValueOnce([otherDesk] as never);
    await expect(service.create({ userId: 'b', replacePassId: null })).rejects.toMatchObject({ error: { code: 'pass_exists' } });
    api.temporaryAccessPasses.mockResolvedValueOnce([otherDesk] as never);
    await expect(service.create({ userId: 'b', replacePassId: 'other-desk' })).resolves.toMatchObject({ replacedPass: otherDesk });
  });

  it('reads the policy and the technician roles once per account, not per person', async () => {
    const api = fakeApi();
    const service = new TapService(sessionOf(api));
    await service.prepare('a');
    await service.prepare('b');
    expect(api.tapPolicy).toHaveBeenCalledTimes(1);
    expect(api.directoryRoleIds).toHaveBeenCalledTimes(3);
  });
});
