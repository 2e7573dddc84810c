import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { tenantProfileSchema, type TenantProfile, type TenantProfileInput } from '../../shared';
import type { KeyValueStore } from '../platform/ports';

const PROFILES = 'tenantProfiles';
const ACTIVE = 'activeAccount';

const activeAccountSchema = z.object({ profileId: z.string(), homeAccountId: z.string() });
export type AccountRef = z.infer<typeof activeAccountSchema>;

/** Tenant profiles and the last active account: plain settings, never secrets. */
export class ProfileRepository {
  constructor(private readonly store: KeyValueStore) {}

  list(): TenantProfile[] {
    const parsed = z.array(z.unknown()).safeParse(this.store.get(PROFILES));
    if (!parsed.success) return [];
    // An entry written by another version that no longer parses is skipped, not fatal.
    return parsed.data.flatMap((entry) => {
      const profile = tenantProfileSchema.safeParse(entry);
      return profile.success ? [profile.data] : [];
    });
  }

  get(id: string): TenantProfile | undefined {
    return this.list().find((profile) => profile.id === id);
  }

  save(input: TenantProfileInput): TenantProfile {
    const profile: TenantProfile = { ...input, id: input.id ?? randomUUID() };
    const others = this.list().filter((existing) => existing.id !== profile.id);
    this.store.set(PROFILES, [...others, profile]);
    return profile;
  }

  remove(id: string): void {
    this.store.set(
      PROFILES,
      this.list().filter((profile) => profile.id !== id),
    );
    if (this.activeAccount()?.profileId === id) this.setActiveAccount(null);
  }

  activeAccount(): AccountRef | null {
    const parsed = activeAccountSchema.safeParse(this.store.get(ACTIVE));
    return parsed.success ? parsed.data : null;
  }

  setActiveAccount(ref: AccountRef | null): void {
    if (ref) this.store.set(ACTIVE, ref);
    else this.store.delete(ACTIVE);
  }
}
