import { describe, expect, it } from 'vitest';
import { slashOrderOfLocale } from '../../../../src/renderer/src/features/bulk/source/slash-order';

describe('how the machine’s regional format writes a day with slashes', () => {
  it('puts the month first in the US and the day first in Europe', () => {
    expect(slashOrderOfLocale('en-US')).toBe('month-first');
    expect(slashOrderOfLocale('en-GB')).toBe('day-first');
    expect(slashOrderOfLocale('fr-FR')).toBe('day-first');
    expect(slashOrderOfLocale('de-DE')).toBe('day-first');
  });

  it('says nothing for a locale that writes the year first, or a tag that is not one', () => {
    expect(slashOrderOfLocale('ja-JP')).toBeNull();
    expect(slashOrderOfLocale('not a tag')).toBeNull();
  });
});
