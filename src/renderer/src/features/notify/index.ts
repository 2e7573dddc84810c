// The e-mail notice after a pass: prepared by main with the tenant's template, previewed, sent on request.
export { NotificationPanel } from './notification-panel';
export { useNotificationStore } from './notification-store';
export { notifyCatalogue } from './translations';
