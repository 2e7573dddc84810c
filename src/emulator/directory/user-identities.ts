import type { GraphUser } from '../state/model.js';

/** https://learn.microsoft.com/graph/api/resources/objectidentity */
export interface ObjectIdentity {
  signInType: string;
  issuer: string;
  issuerAssignedId: string | null;
}

/** The directory the user object lives in: the domain of its UPN, which for a B2B guest is the host's (`…#EXT#@host`). */
export const hostDomainOf = (user: Pick<GraphUser, 'userPrincipalName'>): string =>
  user.userPrincipalName.slice(user.userPrincipalName.lastIndexOf('@') + 1).toLowerCase();

/** Invited through B2B: `creationType` Invitation, or the `#EXT#` UPN every invited account gets. */
export const isInvited = (user: Pick<GraphUser, 'creationType' | 'userPrincipalName'>): boolean =>
  user.creationType === 'Invitation' || user.userPrincipalName.toUpperCase().includes('#EXT#');

/**
 * Where the account signs in. A user of this tenant has its UPN issued by the host domain; an invited user
 * authenticates at their home organization, which Entra records as `ExternalAzureAD`
 * (https://learn.microsoft.com/entra/external-id/user-properties#identities).
 */
export const identitiesOf = (user: Pick<GraphUser, 'creationType' | 'userPrincipalName'>): ObjectIdentity[] =>
  isInvited(user)
    ? [{ signInType: 'federated', issuer: 'ExternalAzureAD', issuerAssignedId: null }]
    : [{ signInType: 'userPrincipalName', issuer: hostDomainOf(user), issuerAssignedId: user.userPrincipalName }];
