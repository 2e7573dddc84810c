/** The e-mail notice after a pass. */
export const notifyChannels = {
  'notify:prepare': 'prepareNotification',
  'notify:send': 'sendNotification',
  'notify:consent': 'grantMailConsent',
  'notify:discard': 'discardNotification',
} as const;
