/** Finding people in the directory. */
export const peopleChannels = {
  'users:search': 'searchUsers',
} as const;
