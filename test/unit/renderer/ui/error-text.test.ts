import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../src/shared';
import { errorText } from '../../../../src/renderer/src/ui/errors/error-text';

describe('error text', () => {
  it.each(errorCodes)('has a sentence and a next step for %s', (code) => {
    const text = errorText[code];
    expect(text.title).toMatch(/^[A-Z].*\.$/);
    expect(text.next).toMatch(/^[A-Z].*\.$/);
    expect(text.next).not.toBe(text.title);
  });

  it('has no words for codes the contract does not know', () => {
    expect(Object.keys(errorText).sort()).toEqual([...errorCodes].sort());
  });

  it('tells a technician without the role what to ask for', () => {
    expect(errorText.insufficient_role).toEqual({
      title: "Your account can't issue passes for this person.",
      next: 'Ask for the Authentication Administrator role, or Privileged Authentication Administrator for admins.',
    });
  });
});
