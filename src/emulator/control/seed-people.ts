import { demoGroups } from '../fixture/demo-tenant.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { stableGuid } from '../state/ids.js';
import type { UserRecord } from '../state/model.js';

const givenNames = ['Alex', 'Billie', 'Charlie', 'Dana', 'Eli', 'Frankie', 'Gabi', 'Harper', 'Jo', 'Kim', 'Lou', 'Max', 'Noa', 'Robin', 'Sam', 'Toni'];

/** A name as the local part of a sign-in name: "Müller-Lüdenscheidt" → "muller-ludenscheidt". */
export const nickname = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Ordinary members of the eligible group, all with the same surname, so that one search matches as many people as
 * a large tenant would. Numbering goes on from people seeded earlier with that surname, so seeding again adds more.
 */
export const seedPeople = (state: EmulatorState, tenantDomain: string, count: number, surname: string): UserRecord[] => {
  const key = nickname(surname) || 'person';
  const taken = new Set([...state.users.values()].map((record) => record.user.userPrincipalName.toLowerCase()));
  const added: UserRecord[] = [];
  for (let number = 1; added.length < count; number += 1) {
    const suffix = String(number).padStart(4, '0');
    const userPrincipalName = `${key}.${suffix}@${tenantDomain}`;
    if (taken.has(userPrincipalName)) continue;
    const givenName = givenNames[(number - 1) % givenNames.length] ?? 'Alex';
    const record: UserRecord = {
      user: {
        id: stableGuid(`seed:${userPrincipalName}`),
        displayName: `${givenName} ${surname} ${suffix}`,
        givenName,
        surname,
        userPrincipalName,
        mail: userPrincipalName,
        jobTitle: 'Analyst',
        department: 'Operations',
        companyName: null,
        officeLocation: null,
        city: null,
        country: 'United Kingdom',
        usageLocation: 'GB',
        preferredLanguage: 'en-GB',
        accountEnabled: true,
        userType: 'Member',
        creationType: null,
        mobilePhone: null,
        businessPhones: [],
        proxyAddresses: [`SMTP:${userPrincipalName}`],
      },
      password: null,
      roleIds: [],
      groupIds: [demoGroups.eligible.id],
      methods: [],
      photo: null,
      tap: null,
      managerId: null,
      sendAs: [],
      fullAccess: [],
    };
    state.users.set(record.user.id, record);
    added.push(record);
  }
  return added;
};
