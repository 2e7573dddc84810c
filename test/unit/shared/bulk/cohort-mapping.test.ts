import { describe, expect, it } from 'vitest';
import { readCohortTable, suggestCohortMapping } from '../../../../src/shared/bulk';

const suggested = (text: string): string[] => suggestCohortMapping(readCohortTable(text));

describe('a mapping suggested from the header', () => {
  it('maps an English list', () => {
    expect(suggested('Name,Sign-in name,Email,Employee ID,Lifetime (minutes),Start,One-time,Language,Notify manager\nx')).toEqual([
      'ignore', 'userPrincipalName', 'mail', 'employeeId', 'lifetimeInMinutes', 'startDateTime', 'isUsableOnce', 'language', 'notifyManager',
    ]);
  });

  it('maps a German list', () => {
    expect(suggested('Anmeldename;E-Mail;Personalnummer;Gültigkeit;Beginn;einmalig;Sprache;Vorgesetzten benachrichtigen;Abteilung\nx')).toEqual([
      'userPrincipalName', 'mail', 'employeeId', 'lifetimeInMinutes', 'startDateTime', 'isUsableOnce', 'language', 'notifyManager', 'ignore',
    ]);
  });

  it('maps a French list', () => {
    expect(suggested('Courriel;Matricule;Durée;Début;Usage unique;Langue;Prévenir le responsable\nx')).toEqual([
      'mail', 'employeeId', 'lifetimeInMinutes', 'startDateTime', 'isUsableOnce', 'language', 'notifyManager',
    ]);
  });

  it('leaves a hire date column out, and maps a named start wherever it stands', () => {
    expect(suggested('UPN,Eintrittsdatum\nx')).toEqual(['userPrincipalName', 'ignore']);
    expect(suggested('UPN,Eintrittsdatum,Beginn\nx')).toEqual(['userPrincipalName', 'ignore', 'startDateTime']);
    expect(suggested('UPN,Start,hire date\nx')).toEqual(['userPrincipalName', 'startDateTime', 'ignore']);
    expect(suggested('userPrincipalName,mail,employeeId,displayName,employeeHireDate,preferredLanguage\nx')).toEqual([
      'userPrincipalName', 'mail', 'employeeId', 'ignore', 'ignore', 'language',
    ]);
  });

  it('gives each target to one column, the first that names it', () => {
    expect(suggested('mail,E-Mail,UPN\nx')).toEqual(['mail', 'ignore', 'userPrincipalName']);
  });

  it('ignores columns wider than the header', () => {
    expect(suggested('UPN\na@contoso.example,480,de')).toEqual(['userPrincipalName', 'ignore', 'ignore']);
  });
});

describe('a mapping guessed from the content of a list without header', () => {
  it('reads a column of addresses as sign-in names', () => {
    expect(suggested('a@contoso.example\nb@contoso.example\n')).toEqual(['userPrincipalName']);
  });

  it('reads a second column of addresses as mail, digits as employee ids, and the rest as nothing', () => {
    expect(suggested('Lena;lena@contoso.example;lena.m@mail.example;4711\nJonas;jonas@contoso.example;;0815\n')).toEqual([
      'ignore', 'userPrincipalName', 'mail', 'employeeId',
    ]);
  });

  it('keeps a column of addresses one even with a stray cell, but not a column that is mostly something else', () => {
    expect(suggested('a@contoso.example\nb@contoso.example\nnot an address\n')).toEqual(['userPrincipalName']);
    expect(suggested('x,a@contoso.example\ny,b\nz,c\n')).toEqual(['ignore', 'ignore']);
  });
});
