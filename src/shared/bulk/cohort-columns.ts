import { z } from 'zod';

/** What a column of a cohort list holds; `ignore` for the columns the desk has no use for (names, departments …). */
export const cohortColumnTargetSchema = z.enum([
  'userPrincipalName',
  'mail',
  'employeeId',
  'lifetimeInMinutes',
  'startDateTime',
  'isUsableOnce',
  'language',
  'notifyManager',
  'ignore',
]);
export type CohortColumnTarget = z.infer<typeof cohortColumnTargetSchema>;
export type CohortField = Exclude<CohortColumnTarget, 'ignore'>;

/** The columns a row's key may come from, in the order they are tried. */
export const cohortKeyFields = ['userPrincipalName', 'mail', 'employeeId'] as const satisfies readonly CohortField[];
export type CohortKeyField = (typeof cohortKeyFields)[number];

/**
 * A header as it is compared: Entra's own templates write "User name [userPrincipalName] Required", so the
 * property in brackets wins (https://learn.microsoft.com/entra/identity/users/users-bulk-add#csv-template-structure);
 * otherwise a unit in parentheses is dropped ("Gültigkeit (Minuten)"), then case, accents, spaces and
 * punctuation.
 */
export const comparableHeader = (header: string): string => {
  const property = /\[([^\]]+)\]/.exec(header)?.[1];
  return (property ?? header.replace(/\([^)]*\)/g, ''))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
};

const lifetimeUnits = ['', 'in minutes', 'minutes', 'min', 'in Minuten', 'Minuten', 'en minutes'];

/** Header spellings in English, German and French, and Microsoft's property names, for each target. */
const spellings: Record<CohortField, readonly string[]> = {
  userPrincipalName: [
    'userPrincipalName', 'UPN', 'user principal name', 'sign-in name', 'sign-in', 'sign in', 'login', 'login name',
    'user name', 'username', 'Anmeldename', 'Benutzerprinzipalname', 'Benutzername',
    "nom d'utilisateur principal", "nom d'utilisateur", 'identifiant', 'identifiant de connexion', 'nom de connexion',
  ],
  mail: [
    'mail', 'email', 'e-mail', 'email address', 'e-mail address', 'mail address', 'E-Mail-Adresse', 'Mailadresse',
    'courriel', 'adresse e-mail', 'adresse email', 'adresse de messagerie', 'adresse électronique',
  ],
  employeeId: [
    'employeeId', 'employee id', 'employee number', 'employee no', 'personnel number', 'staff id', 'staff number',
    'Personalnummer', 'Mitarbeiternummer', 'Mitarbeiter-ID', 'Personal-Nr', 'matricule', "numéro d'employé",
    "ID d'employé", 'numéro de matricule',
  ],
  lifetimeInMinutes: [
    'lifetimeInMinutes', 'lifetime', 'duration', 'validity', 'valid for', 'Gültigkeit', 'Gültigkeitsdauer', 'Dauer',
    'Laufzeit', 'durée', 'durée de validité', 'validité',
  ].flatMap((name) => lifetimeUnits.map((unit) => `${name} ${unit}`)),
  startDateTime: [
    'startDateTime', 'start', 'start date', 'start time', 'starts', 'valid from', 'Beginn', 'Startdatum', 'Startzeit',
    'gültig ab', 'début', 'date de début', 'heure de début', 'valable à partir de',
  ],
  isUsableOnce: [
    'isUsableOnce', 'one-time', 'one time', 'one-time use', 'once', 'single use', 'usable once', 'einmalig',
    'Einmalnutzung', 'einmal nutzbar', 'usage unique', 'à usage unique', 'utilisation unique',
  ],
  language: ['language', 'preferredLanguage', 'preferred language', 'lang', 'locale', 'Sprache', 'bevorzugte Sprache', 'langue', 'langue préférée'],
  notifyManager: [
    'notifyManager', 'notify manager', 'notify the manager', 'notify', 'inform manager', 'Vorgesetzten benachrichtigen',
    'Vorgesetzte benachrichtigen', 'Manager benachrichtigen', 'prévenir le responsable', 'prévenir le manager',
    'notifier le responsable', 'informer le responsable',
  ],
};

/**
 * A hire date is not a start: Entra's own `employeeHireDate` reaches the review through the check, where the start
 * rule turns it into a time of day; a column of hire dates is ignored unless the technician maps it.
 */
const meanings = new Map<string, CohortField>(
  Object.entries(spellings).flatMap(([target, names]) => names.map((name) => [comparableHeader(name), target as CohortField] as const)),
);

export const headerMeaning = (header: string): CohortField | null => meanings.get(comparableHeader(header)) ?? null;
