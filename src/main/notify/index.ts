export { NotificationService } from './notification-service';
export { notifyHandlers } from './notify-handlers';
