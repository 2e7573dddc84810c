import type { TenantProfile, TenantProfileInput } from '../../shared';
import type { AuthService } from './auth-service';
import type { ProfileRepository } from './profile-repository';

/**
 * Saves a tenant profile. Another cloud, tenant or app registration makes the cached sign-ins meaningless, so
 * they are purged, and the active account is let go when it belonged to the profile that moved.
 */
export const saveProfile = async (profiles: ProfileRepository, auth: AuthService, input: TenantProfileInput): Promise<TenantProfile> => {
  const before = input.id ? profiles.get(input.id) : undefined;
  const saved = profiles.save(input);
  const moved = before && (before.cloud !== saved.cloud || before.tenant !== saved.tenant || before.clientId !== saved.clientId);
  if (moved && profiles.activeAccount()?.profileId === saved.id) profiles.setActiveAccount(null);
  await auth.forget(saved.id, { purge: Boolean(moved) });
  return saved;
};
