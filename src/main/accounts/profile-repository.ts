import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { tenantProfileSchema, type TenantProfile, type TenantProfileInput } from '../../shared';
import { failure } from '../app-failure';
import type { KeyValueStore } from '../platform/ports';

const PROFILES = 'tenantProfiles';
const ACTIVE = 'activeAccount';

const activeAccountSchema = z.object({ profileId: z.string(), homeAccountId: z.string() });
export type AccountRef = z.infer<typeof activeAccountSchema>;

/**
 * Tenant profiles and the last active account: plain settings, never secrets. The organisation's profiles come
 * from its managed configuration and are never stored, so they are there on every start, first, whatever the
 * store holds, and a stored profile with the same id gives way to them.
 */
export class ProfileRepository {
  private readonly managedIds: ReadonlySet<string>;

  constructor(
    private readonly store: KeyValueStore,
    private readonly managed: readonly TenantProfile[] = [],
  ) {
    this.managedIds = new Set(managed.map((profile) => profile.id));
  }

  list(): TenantProfile[] {
    return [...this.managed, ...this.stored().filter((profile) => !this.managedIds.has(profile.id))];
  }

  /** True for a profile the organisation provides. */
  isManaged(id: string): boolean {
    return this.managedIds.has(id);
  }

  private stored(): TenantProfile[] {
    const parsed = z.array(z.unknown()).safeParse(this.store.get(PROFILES));
    if (!parsed.success) return [];
    // An entry written by another version that no longer parses is skipped, not fatal.
    return parsed.data.flatMap((entry) => {
      const profile = tenantProfileSchema.safeParse(entry);
      return profile.success ? [profile.data] : [];
    });
  }

  private refuseManaged(id: string | undefined): void {
    if (id !== undefined && this.isManaged(id)) {
      throw failure('validation', 'This tenant profile is provided by the organisation and cannot be changed or removed here.', { reason: 'locked_by_organisation', detail: id });
    }
  }

  get(id: string): TenantProfile | undefined {
    return this.list().find((profile) => profile.id === id);
  }

  save(input: TenantProfileInput): TenantProfile {
    this.refuseManaged(input.id);
    const profile: TenantProfile = { ...input, id: input.id ?? randomUUID() };
    const others = this.stored().filter((existing) => existing.id !== profile.id);
    this.store.set(PROFILES, [...others, profile]);
    return profile;
  }

  remove(id: string): void {
    this.refuseManaged(id);
    this.store.set(
      PROFILES,
      this.stored().filter((profile) => profile.id !== id),
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
