/** The organisation's machine-wide configuration: channel → the function the preload exposes. */
export const managedChannels = {
  'managed:status': 'managedStatus',
} as const;
