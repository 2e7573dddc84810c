/** Any request the renderer is waiting for: stopping the wait, and hearing why it takes long. */
export const callsChannels = {
  'calls:cancel': 'cancelCall',
} as const;

export const callsEventNames = ['event:waiting'] as const;
