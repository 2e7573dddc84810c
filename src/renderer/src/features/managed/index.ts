// The organisation's machine-wide configuration: what the screen says about it at start.
export { ManagedStatusNotice } from './managed-status-notice';
export { managedCatalogue } from './translations';
