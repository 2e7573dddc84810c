import { describe, expect, it } from 'vitest';
import { comparableHeader, headerMeaning } from '../../../../src/shared/bulk';

const targetOf = (header: string): string | null => headerMeaning(header);

describe('what a header names', () => {
  it.each([
    ['userPrincipalName', 'userPrincipalName'],
    ['UPN', 'userPrincipalName'],
    ['Sign-in name', 'userPrincipalName'],
    ['Anmeldename', 'userPrincipalName'],
    ['Benutzerprinzipalname', 'userPrincipalName'],
    ["Nom d'utilisateur principal", 'userPrincipalName'],
    ['E-Mail', 'mail'],
    ['mail', 'mail'],
    ['Courriel', 'mail'],
    ['Adresse électronique', 'mail'],
    ['Personalnummer', 'employeeId'],
    ['employeeId', 'employeeId'],
    ['Employee ID', 'employeeId'],
    ['Matricule', 'employeeId'],
    ['Lifetime', 'lifetimeInMinutes'],
    ['Lifetime (minutes)', 'lifetimeInMinutes'],
    ['Lifetime in minutes', 'lifetimeInMinutes'],
    ['Gültigkeit (Minuten)', 'lifetimeInMinutes'],
    ['Durée en minutes', 'lifetimeInMinutes'],
    ['Start', 'startDateTime'],
    ['Beginn', 'startDateTime'],
    ['Début', 'startDateTime'],
    ['One-time', 'isUsableOnce'],
    ['einmalig', 'isUsableOnce'],
    ['Usage unique', 'isUsableOnce'],
    ['Language', 'language'],
    ['Sprache', 'language'],
    ['langue', 'language'],
    ['Notify manager', 'notifyManager'],
    ['Vorgesetzten benachrichtigen', 'notifyManager'],
    ['Prévenir le responsable', 'notifyManager'],
  ])('reads %j as %s', (header, target) => {
    expect(targetOf(header)).toBe(target);
  });

  it('ignores case, spaces, punctuation and accents', () => {
    expect(targetOf('  USER_PRINCIPAL-NAME ')).toBe('userPrincipalName');
    expect(targetOf('gultigkeit')).toBe('lifetimeInMinutes');
    expect(targetOf('PREVENIR LE RESPONSABLE!')).toBe('notifyManager');
  });

  it("takes the property in brackets of Entra's own templates (https://learn.microsoft.com/entra/identity/users/users-bulk-add#csv-template-structure)", () => {
    expect(targetOf('User name [userPrincipalName] Required')).toBe('userPrincipalName');
    expect(targetOf('Employee ID [employeeId]')).toBe('employeeId');
    expect(comparableHeader('Name [displayName] Required')).toBe('displayname');
    expect(targetOf('Name [displayName] Required')).toBeNull();
  });

  it('reads a named start as the start, and a hire date as nothing: the check brings Entra’s own hire date', () => {
    expect(headerMeaning('Startdatum')).toBe('startDateTime');
    for (const header of ['employeeHireDate', 'Hire date', 'Eintrittsdatum', "Date d'embauche"]) expect(headerMeaning(header)).toBeNull();
  });

  it('names nothing for columns the desk has no use for', () => {
    for (const header of ['Name', 'Vorname', 'Département', 'Manager', '', 'x']) expect(headerMeaning(header)).toBeNull();
  });
});
