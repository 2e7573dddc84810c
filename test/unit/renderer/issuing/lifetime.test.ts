import { describe, expect, it } from 'vitest';
import { defaultLifetime, lifetimeProblem, parseLifetime, presetsFor } from '../../../../src/renderer/src/features/issuing/lifetime';

const policy = { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 1440 };

describe('lifetime presets', () => {
  it('offers the usual lifetimes when the tenant range is not known', () => {
    expect(presetsFor(null, null, null)).toEqual([60, 240, 480, 1440, 10_080, 43_200]);
  });

  it('offers only what the range allows, plus the defaults so the preselected one is visible', () => {
    expect(presetsFor(policy, 120, null)).toEqual([60, 120, 240, 480, 1440]);
    expect(presetsFor(policy, 120, 90)).toEqual([60, 90, 120, 240, 480, 1440]);
  });

  it("falls back to one hour, kept inside the tenant's range", () => {
    expect(defaultLifetime(null, null)).toBe(60);
    expect(defaultLifetime(policy, 30)).toBe(60);
    expect(defaultLifetime({ minimumLifetimeInMinutes: 120, maximumLifetimeInMinutes: 480 }, null)).toBe(120);
  });
});

describe('the typed lifetime', () => {
  it('reads whole minutes only', () => {
    expect(parseLifetime(' 90 ')).toBe(90);
    expect(parseLifetime('1.5')).toBeNull();
    expect(parseLifetime('')).toBeNull();
  });

  it('says what is wrong in minutes and in words', () => {
    expect(lifetimeProblem('soon', null)).toBe('Enter the lifetime in whole minutes.');
    expect(lifetimeProblem('5', null)).toBe('Enter 10–43200 minutes (10 minutes–30 days).');
    expect(lifetimeProblem('2000', policy)).toBe('Enter 60–1440 minutes (1 hour–1 day).');
    expect(lifetimeProblem('90', policy)).toBeNull();
  });
});
