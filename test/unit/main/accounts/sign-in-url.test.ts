import { describe, expect, it } from 'vitest';
import { isAllowedSignInUrl } from '../../../../src/main/accounts/sign-in-url';

describe('sign-in address check', () => {
  it('allows https on the profile login host only', () => {
    expect(isAllowedSignInUrl('https://login.microsoftonline.us/t/oauth2/v2.0/authorize?x=1', 'https://login.microsoftonline.us')).toBe(true);
    expect(isAllowedSignInUrl('http://login.microsoftonline.us/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('https://login.microsoftonline.com/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('https://user:pw@login.microsoftonline.us/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('file:///etc/passwd', 'https://login.microsoftonline.us')).toBe(false);
  });
});
