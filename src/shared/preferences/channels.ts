/** The technician's own choices on this machine: the UI language and the theme. */
export const preferencesChannels = {
  'preferences:get': 'getPreferences',
  'preferences:save': 'savePreferences',
  'preferences:store-problem': 'storeProblem',
} as const;
