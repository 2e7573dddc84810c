import type { DeskCapability } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { accountsMessages as m } from './messages';

export interface DeskNote {
  intent: 'info' | 'warning';
  /** One message per sentence, shown in this order. */
  sentences: Message[];
}

/**
 * What the technician's role cannot do and which role to ask for, said once for the session instead of on every
 * card; nothing when the role can do everything or is not known.
 */
export const deskNoteFor = (desk: DeskCapability): DeskNote | null => {
  const policy = desk.canReadPolicy === false ? [m.deskPolicyUnreadable] : [];
  switch (desk.role) {
    case 'privileged':
      return policy.length === 0 ? null : { intent: 'info', sentences: [m.deskRolePrivileged, ...policy] };
    case 'authentication':
      return { intent: 'info', sentences: [m.deskRoleAuthentication, ...policy, m.deskAskPrivileged] };
    case 'helpdesk':
      return { intent: 'warning', sentences: [m.deskRoleHelpdesk, m.deskAskAuthenticationRole] };
    case 'none':
      return { intent: 'warning', sentences: [m.deskRoleNone, m.deskAskAuthenticationRole] };
    case 'unknown':
      return null;
  }
};
