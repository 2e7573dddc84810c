export { NotificationService } from './notification-service';
export { notifyHandlers } from './notify-handlers';
export { renderNotice, templateFor, type NoticeSender } from './notice-render';
