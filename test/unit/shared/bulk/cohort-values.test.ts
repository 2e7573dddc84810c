import { describe, expect, it } from 'vitest';
import { readFlag, readLanguage, readLifetime } from '../../../../src/shared/bulk';

describe('a lifetime', () => {
  it.each([
    ['480', 480],
    ['10', 10],
    ['43200', 43_200],
    ['0480', 480],
    ['90 min', 90],
    ['90min', 90],
    ['45 Minuten', 45],
    ['8h', 480],
    ['8 H', 480],
    ['8 hours', 480],
    ['8 Std.', 480],
    ['2 heures', 120],
    ['1d', 1440],
    ['3 Tage', 4320],
    ['2 jours', 2880],
    ['30 days', 43_200],
  ])('reads %j as %i minutes', (cell, minutes) => {
    expect(readLifetime(cell)).toEqual({ value: minutes });
  });

  it.each(['eight hours', '1.5h', '1,5 h', '-60', '60 weeks', 'h', '', '8 constructor', '480 480'])('does not read %j', (cell) => {
    expect(readLifetime(cell)).toEqual({ problem: 'bad_lifetime' });
  });

  it('reports a lifetime outside 10–43200 minutes as out of range (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass)', () => {
    for (const cell of ['9', '0', '43201', '31d', '99999999999999999999']) expect(readLifetime(cell)).toEqual({ problem: 'lifetime_out_of_range' });
  });
});

describe('a yes or no', () => {
  it.each(['yes', 'Y', 'true', 'TRUE', '1', 'x', 'X', 'ja', 'J', 'WAHR', 'oui', 'vrai'])('reads %j as yes', (cell) => {
    expect(readFlag(cell)).toEqual({ value: true });
  });

  it.each(['no', 'N', 'false', 'FALSE', '0', 'nein', 'FALSCH', 'non', 'faux'])('reads %j as no', (cell) => {
    expect(readFlag(cell)).toEqual({ value: false });
  });

  it.each(['maybe', 'vielleicht', '2', 'yes!', '✓'])('does not read %j', (cell) => {
    expect(readFlag(cell)).toEqual({ problem: 'bad_boolean' });
  });
});

describe('a language', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['de-de', 'de-DE'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['fr-ch', 'fr-CH'],
  ])('reads %j as %s', (cell, tag) => {
    expect(readLanguage(cell)).toEqual({ value: tag });
  });

  it.each(['Deutsch', 'german', 'd', 'de-', 'x-private', 'de DE', '12'])('does not read %j', (cell) => {
    expect(readLanguage(cell)).toEqual({ problem: 'bad_language' });
  });
});
