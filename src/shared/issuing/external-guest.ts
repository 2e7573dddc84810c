/**
 * A guest invited from another organisation (B2B). Microsoft Entra refuses them a Temporary Access Pass
 * ("Temporary Access Pass cannot be added to an external guest user."); guests created inside the tenant
 * are not refused. https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#guest-access
 */
export const isExternalGuest = (user: { userType: string | null; creationType: string | null; userPrincipalName: string }): boolean =>
  user.userType === 'Guest' && (user.creationType === 'Invitation' || user.userPrincipalName.includes('#EXT#'));
