import { empty, parseJsonObject } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { newGuid } from '../state/ids.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

const recipientsOf = (message: Record<string, unknown>): unknown[] =>
  ['toRecipients', 'ccRecipients', 'bccRecipients'].flatMap((field) => {
    const value = message[field];
    return Array.isArray(value) ? value : [];
  });

/** https://learn.microsoft.com/graph/api/user-sendmail: delegated callers send as themselves only. */
const sendMail = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  if (!hasAnyScope(context, 'Mail.Send')) return fail(context, problems.forbidden('mail'));
  const sender = id === undefined ? context.caller : context.state.findUser(id);
  if (!sender) return fail(context, problems.resourceNotFound(id ?? ''));
  if (sender.user.id !== context.caller.user.id) return fail(context, problems.forbidden('mail'));
  const body = parseJsonObject(context.request.body);
  const message = body?.['message'];
  if (!body || message === null || typeof message !== 'object' || Array.isArray(message)) {
    return fail(context, { status: 400, code: 'ErrorInvalidRequest', message: "The 'message' parameter is required." });
  }
  if (recipientsOf(message as Record<string, unknown>).length === 0) {
    return fail(context, { status: 400, code: 'ErrorInvalidRecipients', message: "At least one recipient isn't valid., A message can't be sent because it contains no recipients." });
  }
  context.state.sentMail.push({
    id: newGuid(),
    from: sender.user.userPrincipalName,
    sentDateTime: new Date(context.state.now()).toISOString(),
    saveToSentItems: body['saveToSentItems'] !== false,
    message,
  });
  return empty(202);
};

export const addMailRoutes = (router: Router<GraphContext>): void => {
  router.add('POST', '/me/sendMail', (context) => sendMail(context, undefined)).add('POST', '/users/:id/sendMail', (context, { id }) => sendMail(context, id));
};
