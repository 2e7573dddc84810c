/** The only URLs main hands to the system browser: https pages on the profile's sign-in host. */
export const isAllowedSignInUrl = (url: string, authorityHost: string): boolean => {
  try {
    const target = new URL(url);
    const allowed = new URL(authorityHost);
    return target.protocol === 'https:' && target.host === allowed.host && !target.username && !target.password;
  } catch {
    return false;
  }
};
