import { describe, expect, it } from 'vitest';
import { cohortProblemCodeSchema, type CohortProblem } from '../../../../src/shared';
import { problemWords } from '../../../../src/renderer/src/features/bulk/source/problem-words';
import { translate } from '../../../../src/renderer/src/ui/i18n/translate';

const worded = (problem: CohortProblem): string => {
  const words = problemWords(problem);
  return [translate(words.text, words.values), words.effect && translate(words.effect)].filter(Boolean).join(' ');
};

describe('problems of a list in words', () => {
  it('names the line, the value and what it costs', () => {
    expect(worded({ line: 14, code: 'no_key', effect: 'row' })).toBe('Line 14: no sign-in name, mail or employee ID. This line is left out.');
    expect(worded({ line: 20, code: 'bad_lifetime', effect: 'row', field: 'lifetimeInMinutes', value: '90 days' })).toBe(
      'Line 20: lifetime “90 days” is not a number of minutes (or hours like 8h, or days like 1d). This line is left out.',
    );
    expect(worded({ line: 7, code: 'bad_language', effect: 'option', field: 'language', value: 'Deutsch' })).toBe(
      'Line 7: language “Deutsch” is not a language tag such as de or pt-BR. The batch’s choice applies instead.',
    );
    expect(worded({ line: 9, code: 'duplicate_key', effect: 'row', value: 'adele@contoso.com', firstLine: 3 })).toBe(
      'Line 9: “adele@contoso.com” is already on line 3. This line is left out.',
    );
  });

  it('words a problem of the whole list without a cost of its own', () => {
    expect(worded({ line: 1002, code: 'too_many_rows', effect: 'list', count: 1001 })).toBe(
      'The list has 1,001 rows, but one batch holds at most 1,000. Split it into smaller lists.',
    );
  });

  it('tells the two yes-or-no columns and the two kinds of bad key apart', () => {
    expect(worded({ line: 3, code: 'bad_boolean', effect: 'row', field: 'isUsableOnce', value: 'maybe' })).toMatch(/^Line 3: one-time “maybe”/);
    expect(worded({ line: 3, code: 'bad_boolean', effect: 'option', field: 'notifyManager', value: 'maybe' })).toMatch(/^Line 3: notify manager “maybe”/);
    expect(worded({ line: 4, code: 'bad_key', effect: 'row', field: 'employeeId', value: '12345678901234567' })).toMatch(/longer than the directory keeps/);
    expect(worded({ line: 4, code: 'bad_key', effect: 'row', field: 'mail', value: 'adele' })).toMatch(/is not a sign-in name or mail address/);
  });

  it('has words for every code', () => {
    for (const code of cohortProblemCodeSchema.options) expect(worded({ line: 1, code, effect: 'row' })).not.toBe('');
  });
});
