import type { notifyChannels } from '../../shared';
import type { AuthService } from '../accounts';
import { notSignedIn } from '../app-failure';
import type { HandlersFor } from '../ipc/router';
import type { NotificationService } from './notification-service';

export const notifyHandlers = ({ notifications, auth }: { notifications: NotificationService; auth: AuthService }): HandlersFor<typeof notifyChannels> => ({
  'notify:prepare': (input) => notifications.prepare(input),
  'notify:send': ({ draftId }) => notifications.send(draftId),
  'notify:discard': async ({ draftId }) => {
    notifications.discard(draftId);
    return true;
  },
  'notify:consent': async () => {
    const active = await auth.active();
    if (!active) throw notSignedIn();
    await auth.signIn(active.profile.id, active.account.username, notifications.permissions());
    return true;
  },
});
