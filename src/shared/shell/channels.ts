/** The window around the app: the application menu's words, and the app's own commands chosen in it. */
export const shellChannels = {
  'shell:menu-labels': 'setMenuLabels',
} as const;

export const shellEventNames = ['event:menu-command'] as const;
