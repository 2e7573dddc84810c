import type { PolicyTarget, PolicyTargets } from '../graph/graph-api';

/** `checkMemberGroups` takes at most 20 group ids per request (https://learn.microsoft.com/graph/api/user-checkmembergroups). */
export const GROUPS_PER_CHECK = 20;

/** The groups whose membership decides whether someone is inside the policy, in lower case. */
export const scopeGroupIds = (targets: PolicyTargets): string[] => [
  ...new Set(
    [...targets.include, ...targets.exclude].filter((target) => target.targetType === 'group').map((target) => target.id.toLowerCase()),
  ),
];

/**
 * Inside the policy: included (everyone, by id, or as a member of an included group) and not excluded. The
 * membership comes from `checkMemberGroups`, which counts nested groups too; whether the policy does is not
 * documented, and the service has the last word when the pass is issued.
 */
export const isInScope = (targets: PolicyTargets, userId: string, memberOf: ReadonlySet<string>): boolean => {
  const names = (target: PolicyTarget) =>
    target.targetType === 'user' ? target.id.toLowerCase() === userId.toLowerCase() : memberOf.has(target.id.toLowerCase());
  return (targets.allUsers || targets.include.some(names)) && !targets.exclude.some(names);
};
