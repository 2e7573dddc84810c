// Tenant profiles and the signed-in accounts: the session every other feature works under.
export { AccountList } from './account-list';
export { AddProfileForm } from './add-profile-form';
export { DeskRoleBanner } from './desk-role-banner';
export { ProfilePicker } from './profile-picker';
export { signInExpired, useSessionStore } from './session-store';
export { accountsCatalogue } from './translations';
