import { defineMessages } from '../ui/i18n/define-messages';

export const appMessages = defineMessages('app', {
  starting: 'Starting TAP Desk…',
  tryAgain: 'Try again',
  demoTenant: 'Demo tenant',
  backTo: 'Back to {name}',
  person: 'Person',
  personHint: 'Type a name, press Enter, then Enter again to create the pass.',
  checking: 'Checking {name}…',
  switchAccount: 'Switch account',
  tenantSettings: 'Tenant settings',
  addAccount: 'Add account',
  signOut: 'Sign out',
  unknownTenant: 'Unknown tenant',
  accountMenuItem: '{name} · {username} · {tenant}',
});
