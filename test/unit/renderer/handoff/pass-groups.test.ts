import { describe, expect, it } from 'vitest';
import { groupPass } from '../../../../src/renderer/src/features/handoff/pass-groups';
import { digitChars, lower, symbolChars, upper } from './pass-characters';

describe('grouping a pass', () => {
  it('splits into groups of four with a shorter last group, losing nothing', () => {
    expect(groupPass('Kq7#mP0x')).toEqual(['Kq7#', 'mP0x']);
    expect(groupPass('Kq7#mP0xZ2')).toEqual(['Kq7#', 'mP0x', 'Z2']);
    const longest = (upper + lower + digitChars + symbolChars).slice(0, 48);
    expect(groupPass(longest)).toHaveLength(12);
    expect(groupPass(longest).join('')).toBe(longest);
  });
});
