import { randomUUID } from 'node:crypto';
import {
  usesPass,
  type ManagerMissing,
  type NotificationBlocker,
  type NotificationDraft,
  type NotificationSent,
  type PrepareNotificationInput,
  type TenantSettings,
} from '../../shared';
import { failure } from '../app-failure';
import type { ActiveGraph } from '../accounts';
import type { ManagerLookup, OutgoingMail } from '../graph/graph-api';
import { graphPermissions } from '../graph/graph-permissions';
import type { TapService } from '../issuing';
import { renderNotice, templateFor } from './notice-render';
import { addressing } from './recipients';

/** Drafts are kept only for the send that follows the preview; the oldest go first. */
const DRAFT_LIMIT = 20;
/** A preview older than this is prepared again, so a draft holding the pass cannot outlive the handoff. */
const DRAFT_TTL_MS = 15 * 60_000;

interface Draft {
  at: number;
  /** Whom the notice is about. */
  userId: string;
  graphKey: string;
  sharedMailbox: string | null;
  from: string;
  mail: OutgoingMail;
  blockers: NotificationBlocker[];
}

const managerMissing = (lookup: ManagerLookup): ManagerMissing | null => {
  if (lookup.kind === 'none') return 'not_set';
  if (lookup.kind === 'forbidden') return 'not_readable';
  return null;
};

/** The English of a blocker, for the log of a send it refused; the screen words it from the code. */
const blockerMessage = (blocker: NotificationBlocker): string => {
  switch (blocker.code) {
    case 'no_recipient':
      return 'Choose at least one recipient.';
    case 'pass_to_own_mailbox':
      return `This message contains the pass, so it cannot go to the person's own mailbox (${blocker.address}).`;
    case 'pass_not_on_screen':
      return 'The pass is no longer on screen, so it cannot be put in the message.';
    case 'other_addresses_unreadable':
      return "The person's other mail addresses could not be read, so a mail with the pass cannot be sent safely.";
    case 'pass_forbidden_in_mail':
      return "The template names the pass, which this tenant's settings do not allow in mails.";
  }
};

/**
 * The e-mail notice after a pass is issued: prepared as a draft the technician previews, and sent exactly
 * as previewed. A failed send keeps the draft, so it can be sent again; the pass itself is never affected.
 */
export class NotificationService {
  private readonly drafts = new Map<string, Draft>();

  constructor(
    private readonly activeGraph: () => Promise<ActiveGraph>,
    private readonly tap: TapService,
    private readonly settings: () => TenantSettings,
    /** The code of the pass main issued to this person, while the screen may still show it. */
    private readonly heldPass: (userId: string) => string | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** The permissions sending needs with this tenant's sender, asked for only when notifications are used. */
  permissions(): readonly string[] {
    return this.settings().notifications.sendFrom ? graphPermissions.mailShared : graphPermissions.mail;
  }

  async prepare(input: PrepareNotificationInput): Promise<NotificationDraft> {
    const settings = this.settings();
    const { notifications } = settings;
    if (!notifications.enabled) throw failure('validation', 'E-mail notifications are turned off for this tenant. Turn them on in its settings.', { reason: 'notices_off' });
    const graph = await this.activeGraph();
    const [{ user, pass }, managerLookup, ownAddresses] = await Promise.all([
      this.tap.issued(input.userId),
      graph.api.manager(input.userId),
      graph.api.mailboxAddresses(input.userId).catch(() => null),
    ]);

    const chosen = templateFor(settings, user, input.language);
    if (!chosen) throw failure('validation', 'This tenant has no notification template yet. Add one in its settings.', { reason: 'no_template' });
    const { language, source, template } = chosen;

    const containsPass = notifications.passInMail.enabled && usesPass(template);
    const person = { name: user.displayName, address: user.mail ?? user.userPrincipalName };
    const manager = managerLookup.kind === 'found' ? managerLookup.manager : null;
    // A template with the pass starts with the person unticked: their own mailbox may never get it.
    const recipients = input.recipients ?? { ...notifications.recipients, user: notifications.recipients.user && !containsPass };
    const { to, cc, blockers } = addressing(recipients, {
      person,
      personAddresses: ownAddresses ?? [user.mail, user.userPrincipalName].filter((address): address is string => Boolean(address)),
      manager,
      containsPass,
    });
    const passCode = input.includePass ? this.heldPass(input.userId) : null;
    if (containsPass && !passCode) blockers.push({ code: 'pass_not_on_screen' });
    if (containsPass && ownAddresses === null) blockers.push({ code: 'other_addresses_unreadable' });
    // Saved while the pass was allowed, then forbidden (by the tenant or locked by the organisation): the mail would
    // carry a gap where the template promises the pass.
    if (!notifications.passInMail.enabled && usesPass(template)) blockers.push({ code: 'pass_forbidden_in_mail' });

    const sender = { technicianName: graph.technician.name, tenantName: graph.tenantName };
    const rendered = renderNotice(settings, sender, chosen, user, pass, containsPass && passCode ? passCode : undefined);

    const sharedMailbox = notifications.sendFrom || null;
    const from = sharedMailbox ?? graph.technician.address;
    const draftId = randomUUID();
    this.keep(draftId, { at: this.now(), userId: input.userId, graphKey: graph.key, sharedMailbox, from, mail: { ...rendered, to, cc, containsPass }, blockers });
    return {
      draftId,
      language,
      languageSource: source,
      languages: Object.keys(notifications.templates),
      from: { address: from, sharedMailbox: sharedMailbox !== null },
      person: { ...person, viaUserPrincipalName: !user.mail },
      manager,
      managerMissing: managerMissing(managerLookup),
      recipients,
      to,
      cc,
      subject: rendered.subject,
      html: rendered.html,
      containsPass,
      blockers,
    };
  }

  /** Whom a prepared notice is about, while its preview is current. */
  draftFor(draftId: string): string | null {
    const draft = this.drafts.get(draftId);
    return draft && this.now() - draft.at <= DRAFT_TTL_MS ? draft.userId : null;
  }

  async send(draftId: string): Promise<NotificationSent> {
    const draft = this.drafts.get(draftId);
    if (!draft || this.now() - draft.at > DRAFT_TTL_MS) {
      this.drafts.delete(draftId);
      throw failure('validation', 'This preview is no longer current. Prepare the message again.', { reason: 'preview_outdated' });
    }
    const [blocker] = draft.blockers;
    if (blocker) throw failure('validation', blockerMessage(blocker), { reason: blocker.code });
    const graph = await this.activeGraph();
    if (graph.key !== draft.graphKey) throw failure('validation', 'Another account is signed in now. Prepare the message again.', { reason: 'account_changed' });
    await graph.api.sendMail(draft.sharedMailbox, draft.mail);
    // Sent: forget it, so a second click cannot send it twice and nothing of it stays in memory.
    this.drafts.delete(draftId);
    return {
      acceptedAt: new Date().toISOString(),
      from: draft.from,
      to: draft.mail.to.map((recipient) => recipient.address),
      cc: draft.mail.cc.map((recipient) => recipient.address),
    };
  }

  /** Forgets a preview the technician left (next person, pass wiped), with whatever it held. */
  discard(draftId: string): void {
    this.drafts.delete(draftId);
  }

  private keep(draftId: string, draft: Draft): void {
    this.drafts.set(draftId, draft);
    if (this.drafts.size > DRAFT_LIMIT) this.drafts.delete(this.drafts.keys().next().value!);
  }
}
