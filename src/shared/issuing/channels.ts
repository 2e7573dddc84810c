/** Preparing, creating, following and revoking a person's pass. */
export const issuingChannels = {
  'tap:prepare': 'prepareTap',
  'tap:create': 'createTap',
  'tap:status': 'passStatus',
  'tap:revoke': 'revokePass',
  'tap:cancel': 'cancelTap',
} as const;

/** What main tells the renderer about issuing without being asked. */
export const issuingEventNames = ['event:create-progress'] as const;
