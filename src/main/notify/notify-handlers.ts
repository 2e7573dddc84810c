import type { notifyChannels } from '../../shared';
import type { AuthService } from '../accounts';
import { notSignedIn } from '../app-failure';
import type { HandlersFor } from '../ipc/router';
import { withRecord, type RecordAct } from '../journal';
import type { NotificationService } from './notification-service';

export interface NotifyDeps {
  notifications: NotificationService;
  auth: AuthService;
  /** Keeps each notice sent, or failed to send, in the desk journal. */
  record: RecordAct;
}

export const notifyHandlers = ({ notifications, auth, record }: NotifyDeps): HandlersFor<typeof notifyChannels> => ({
  'notify:prepare': (input) => notifications.prepare(input),
  'notify:send': ({ draftId }) => {
    const userId = notifications.draftFor(draftId);
    // A preview that is gone was never sent: there is nobody to name, and the screen says to prepare it again.
    if (!userId) return notifications.send(draftId);
    return withRecord(record, { userId, act: 'notice' }, () => notifications.send(draftId), () => ({ done: 'notice_sent' }));
  },
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
