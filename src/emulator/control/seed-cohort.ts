import { cohortJobs, cohortPartners, cohortSites, type CohortSite } from '../fixture/cohort-names.js';
import { demoGroups, demoTenant, locales } from '../fixture/demo-tenant.js';
import { userValue } from '../graph/user-view.js';
import { roleIds } from '../roles/role-ids.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { stableGuid } from '../state/ids.js';
import type { UsageLocation, UserRecord } from '../state/model.js';
import { seededRandom } from '../state/seeded-random.js';
import { nickname } from './seed-people.js';

/**
 * What sets a new hire apart from an ordinary one, as a check of the cohort should find it: an invited (external)
 * guest, a disabled account, a directory role, membership of the policy's excluded group, or a pass already held.
 */
export type CohortSpecial = 'guest' | 'disabled' | 'privileged' | 'excluded' | 'holdsPass';

export const cohortSpecials: readonly CohortSpecial[] = ['guest', 'disabled', 'privileged', 'excluded', 'holdsPass'];

/** A seeded new hire as Graph holds them, with what is special about them (null for an ordinary one). */
export interface CohortMember {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  employeeId: string;
  /** Midnight UTC of the first day, as HR systems send it. */
  employeeHireDate: string;
  usageLocation: UsageLocation;
  preferredLanguage: string | null;
  managerId: string | null;
  special: CohortSpecial | null;
}

/** What seeding answers: the people, and the same list as a CSV file HR could have sent. */
export interface SeededCohort {
  people: CohortMember[];
  csv: string;
}

export interface CohortPlan {
  count: number;
  /** The first day, YYYY-MM-DD. */
  hireDate: string;
  /** Hire dates go round the days from the first one. */
  days: number;
  seed: number;
  specials: Record<CohortSpecial, number>;
}

/** Per thousand new hires, by default; at least one of each in a cohort of twenty or more. */
const perThousand: Record<CohortSpecial, number> = { guest: 10, disabled: 20, privileged: 10, excluded: 10, holdsPass: 20 };

export const defaultSpecials = (count: number): Record<CohortSpecial, number> =>
  Object.fromEntries(cohortSpecials.map((special) => [special, Math.max(count >= 20 ? 1 : 0, Math.round((count * perThousand[special]) / 1_000))])) as Record<CohortSpecial, number>;

/** Roles an Authentication Administrator may not issue for, so that a pass for them takes a more privileged technician. */
const privilegedRoles = [roleIds.helpdeskAdministrator, roleIds.userAdministrator, roleIds.securityAdministrator];

/** New hires without a language of their own follow the tenant's (or the desk's) choice. */
const shareWithLanguage = 0.7;
const shareWithManager = 0.9;
const dayMs = 86_400_000;
/** Seven digits, beside the six of the demo tenant's staff. */
const firstEmployeeNumber = 2_000_001;

const shuffled = <T>(items: T[], random: () => number): T[] => {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
};

/**
 * Adds a cohort of new hires to the directory: across the sites' usage locations, hire dates spread over the days
 * given, a manager at their site for most, members of the policy's eligible group, and the specials asked for.
 * The same seed gives the same people; names already taken get a number.
 */
export const seedCohort = (state: EmulatorState, tenantDomain: string, plan: CohortPlan): CohortMember[] => {
  const random = seededRandom(plan.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kinds = shuffled(
    [...cohortSpecials.flatMap((special) => Array.from({ length: plan.specials[special] }, () => special)), ...Array.from({ length: plan.count }, () => null)].slice(0, plan.count),
    random,
  );
  const records = [...state.users.values()];
  const takenNames = new Set(records.map((record) => record.user.userPrincipalName.toLowerCase()));
  const takenIds = new Set(records.map((record) => userValue(record.user, 'employeeId')));
  let employeeNumber = firstEmployeeNumber;
  const nextEmployeeId = (): string => {
    while (takenIds.has(String(employeeNumber))) employeeNumber += 1;
    takenIds.add(String(employeeNumber));
    return String(employeeNumber);
  };
  const managerOf = (site: CohortSite): string | null => {
    const id = stableGuid(`user:${site.managerKey}`);
    return state.users.has(id) ? id : null;
  };
  const firstDay = Date.parse(`${plan.hireDate}T00:00:00Z`);
  const now = state.now();

  return kinds.map((special, index) => {
    const site = pick(cohortSites);
    const givenName = pick(site.givenNames);
    const surname = pick(site.surnames);
    const job = pick(cohortJobs);
    const partner = special === 'guest' ? pick(cohortPartners) : null;
    const preferredLanguage = random() < shareWithLanguage ? locales[site.location].language : null;
    const managerId = random() < shareWithManager ? managerOf(site) : null;
    const base = `${nickname(givenName)}.${nickname(surname)}`;
    const principal = (local: string): string => (partner ? `${local}_${partner.domain}#EXT#@${tenantDomain}` : `${local}@${tenantDomain}`);
    let local = base;
    for (let number = 2; takenNames.has(principal(local).toLowerCase()); number += 1) local = `${base}${number}`;
    const userPrincipalName = principal(local);
    takenNames.add(userPrincipalName.toLowerCase());
    const mail = partner ? `${local}@${partner.domain}` : userPrincipalName;
    const role = special === 'privileged' ? pick(privilegedRoles) : null;
    const employeeId = nextEmployeeId();
    const employeeHireDate = new Date(firstDay + (index % plan.days) * dayMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const record: UserRecord = {
      user: {
        id: stableGuid(`cohort:${userPrincipalName}`),
        displayName: `${givenName} ${surname}`,
        givenName,
        surname,
        userPrincipalName,
        mail,
        jobTitle: job.jobTitle,
        department: job.department,
        companyName: partner?.companyName ?? demoTenant.displayName,
        officeLocation: null,
        city: site.city,
        country: locales[site.location].country,
        usageLocation: site.location,
        preferredLanguage,
        accountEnabled: special !== 'disabled',
        userType: partner ? 'Guest' : 'Member',
        creationType: partner ? 'Invitation' : null,
        mobilePhone: null,
        businessPhones: [],
        proxyAddresses: [`SMTP:${mail}`],
        employeeId,
        employeeHireDate,
      },
      password: null,
      roleIds: role ? [role] : [],
      groupIds: special === 'excluded' ? [demoGroups.eligible.id, demoGroups.excluded.id] : [demoGroups.eligible.id],
      methods: [],
      photo: null,
      tap:
        special === 'holdsPass'
          ? { id: stableGuid(`cohort:${userPrincipalName}:tap`), createdAt: now - 15 * 60_000, startsAt: now - 15 * 60_000, lifetimeInMinutes: state.policy.defaultLifetimeInMinutes, isUsableOnce: state.policy.isUsableOnce, usedAt: null }
          : null,
      managerId,
      sendAs: [],
      fullAccess: [],
    };
    state.users.set(record.user.id, record);
    const { id, displayName } = record.user;
    return { id, displayName, userPrincipalName, mail, employeeId, employeeHireDate, usageLocation: site.location, preferredLanguage, managerId, special };
  });
};
