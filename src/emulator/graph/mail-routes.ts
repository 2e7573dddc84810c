import { empty, parseJsonObject } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { newGuid } from '../state/ids.js';
import type { UserRecord } from '../state/model.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

const recipientsOf = (message: Record<string, unknown>): unknown[] =>
  ['toRecipients', 'ccRecipients', 'bccRecipients'].flatMap((field) => {
    const value = message[field];
    return Array.isArray(value) ? value : [];
  });

/** `message.from.emailAddress.address`, the other way to name the mailbox a message is sent from. */
const fromAddressOf = (message: Record<string, unknown>): string | null => {
  const from = message['from'];
  if (from === null || typeof from !== 'object') return null;
  const emailAddress = (from as Record<string, unknown>)['emailAddress'];
  if (emailAddress === null || typeof emailAddress !== 'object') return null;
  const address = (emailAddress as Record<string, unknown>)['address'];
  return typeof address === 'string' && address.trim() !== '' ? address.trim() : null;
};

const findMailbox = (context: GraphContext, address: string): UserRecord | undefined => {
  const wanted = address.toLowerCase();
  return [...context.state.users.values()].find((record) => record.user.mail?.toLowerCase() === wanted) ?? context.state.findUser(address);
};

const isOwnMailbox = (context: GraphContext, address: string): boolean =>
  [context.caller.user.mail, context.caller.user.userPrincipalName].some((own) => own?.toLowerCase() === address.toLowerCase());

type MailboxRoute = 'me' | 'users';

/**
 * Another user's mailbox needs the Mail.Send.Shared permission and the signed-in user's Send As on that
 * mailbox: "The user that is signed in to your application with the Mail.Send.Shared permission MUST have at
 * least one of these permissions granted to the mailbox" (https://learn.microsoft.com/graph/outlook-send-mail-from-other-user).
 * Addressing the mailbox itself, /users/{mailbox}/sendMail, opens it and so also needs Full Access: "In order to
 * send this way, the sending user must have the Full Access mailbox permission in addition to either the Send on
 * Behalf or Send As permission" (same page, #sent-items-behavior). /me/sendMail with `message.from` does not.
 * The emulator checks Full Access before Send As: the request opens the mailbox before it looks at the message.
 */
const checkSendAs = (context: GraphContext, mailbox: UserRecord | undefined, route: MailboxRoute): EmulatorResponse | null => {
  if (!hasAnyScope(context, 'Mail.Send.Shared')) return fail(context, problems.forbidden('mail'));
  if (mailbox && mailbox.user.mail === null) return fail(context, problems.mailboxNotEnabled());
  if (route === 'users' && !mailbox?.fullAccess.includes(context.caller.user.id)) return fail(context, problems.mailboxAccessDenied());
  if (!mailbox?.sendAs.includes(context.caller.user.id)) return fail(context, problems.sendAsDenied());
  return null;
};

/**
 * https://learn.microsoft.com/graph/api/user-sendmail: delegated callers send from their own mailbox, or from
 * one they may send as, addressed either as /users/{mailbox}/sendMail (with Full Access as well) or through
 * `message.from`.
 */
const sendMail = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const target = id === undefined ? context.caller : context.state.findUser(id);
  const viaOtherUser = target !== undefined && target.user.id !== context.caller.user.id;
  // Mail.Send.Shared covers the caller's own mailbox too ("send mail as the signed-in user, including sending on-behalf of others").
  const needed = viaOtherUser ? ['Mail.Send.Shared'] : ['Mail.Send', 'Mail.Send.Shared'];
  if (!hasAnyScope(context, ...needed)) return fail(context, problems.forbidden('mail'));
  if (!target) return fail(context, problems.resourceNotFound(id ?? ''));
  if (viaOtherUser) {
    const refused = checkSendAs(context, target, 'users');
    if (refused) return refused;
  } else if (target.user.mail === null) {
    return fail(context, problems.mailboxNotEnabled());
  }
  const body = parseJsonObject(context.request.body);
  const message = body?.['message'];
  if (!body || message === null || typeof message !== 'object' || Array.isArray(message)) {
    return fail(context, { status: 400, code: 'ErrorInvalidRequest', message: "The 'message' parameter is required." });
  }
  const fields = message as Record<string, unknown>;
  if (recipientsOf(fields).length === 0) {
    return fail(context, { status: 400, code: 'ErrorInvalidRecipients', message: "At least one recipient isn't valid., A message can't be sent because it contains no recipients." });
  }
  let from = target;
  const fromAddress = viaOtherUser ? null : fromAddressOf(fields);
  if (fromAddress !== null && !isOwnMailbox(context, fromAddress)) {
    const mailbox = findMailbox(context, fromAddress);
    const refused = checkSendAs(context, mailbox, 'me');
    if (refused) return refused;
    if (mailbox) from = mailbox;
  }
  context.state.sentMail.push({
    id: newGuid(),
    from: from.user.userPrincipalName,
    sentBy: context.caller.user.userPrincipalName,
    sentDateTime: new Date(context.state.now()).toISOString(),
    saveToSentItems: body['saveToSentItems'] !== false,
    message,
  });
  return empty(202);
};

export const addMailRoutes = (router: Router<GraphContext>): void => {
  router.add('POST', '/me/sendMail', (context) => sendMail(context, undefined)).add('POST', '/users/:id/sendMail', (context, { id }) => sendMail(context, id));
};
