import { describe, expect, it } from 'vitest';
import { ProfileRepository } from '../../../../src/main/accounts/profile-repository';
import { memoryStore } from '../../../support/memory-store';

describe('profile repository', () => {
  it('saves, lists, edits and removes profiles and forgets the active account of a removed one', () => {
    const store = memoryStore();
    const repository = new ProfileRepository(store);
    const saved = repository.save({ label: 'Contoso', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: '00000000-0000-0000-0000-000000000001' });
    repository.save({ ...saved, label: 'Contoso HQ' });
    expect(repository.list()).toEqual([{ ...saved, label: 'Contoso HQ' }]);
    repository.setActiveAccount({ profileId: saved.id, homeAccountId: 'a.b' });
    repository.remove(saved.id);
    expect(repository.list()).toEqual([]);
    expect(repository.activeAccount()).toBeNull();
  });

  it('skips stored entries that no longer parse', () => {
    const store = memoryStore();
    store.set('tenantProfiles', [{ id: 'x', label: 'broken' }]);
    expect(new ProfileRepository(store).list()).toEqual([]);
  });
});
