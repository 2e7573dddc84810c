import type { GraphUser } from '../state/model.js';
import { hostDomainOf, identitiesOf } from './user-identities.js';

/**
 * "You can add a TAP as a sign-in method to an internal guest, but not other types of guests. An internal guest
 * has user object UserType set to Guest. They have authentication methods registered in Microsoft Entra ID"
 * (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#guest-access).
 * An external guest is a Guest who was invited or whose identity comes from another issuer than this tenant
 * (https://learn.microsoft.com/entra/external-id/user-properties).
 */
export const isExternalGuest = (user: Pick<GraphUser, 'userType' | 'creationType' | 'userPrincipalName'>): boolean =>
  user.userType === 'Guest' &&
  (user.creationType === 'Invitation' || identitiesOf(user).some((identity) => identity.issuer.toLowerCase() !== hostDomainOf(user)));
