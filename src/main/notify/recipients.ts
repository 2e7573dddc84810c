import type { NotificationBlocker, RecipientChoice } from '../../shared';
import type { Mailbox } from '../graph/graph-api';

export interface RecipientFacts {
  /** The person's display name and the mailbox they read (mail, else sign-in name). */
  person: Mailbox;
  /** Every address that reaches the person's own mailbox (mail and sign-in name). */
  personAddresses: string[];
  manager: Mailbox | null;
  /** The mail carries the pass, a bearer credential. */
  containsPass: boolean;
}

export interface Addressing {
  to: Mailbox[];
  cc: Mailbox[];
  blockers: NotificationBlocker[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who gets the mail, and what stops it. A mail with the pass never reaches the person's own mailbox:
 * whoever holds that mailbox, or a rule forwarding it, would hold the pass too.
 */
export const addressing = (choice: RecipientChoice, facts: RecipientFacts): Addressing => {
  const to = [...(choice.user ? [facts.person] : []), ...(choice.manager && facts.manager ? [facts.manager] : [])];
  const cc = choice.cc
    .filter((address, index, all) => all.findIndex((other) => same(other, address)) === index)
    .filter((address) => !to.some((recipient) => same(recipient.address, address)))
    .map((address) => ({ name: address, address }));
  const blockers: NotificationBlocker[] = [];
  if (to.length + cc.length === 0) blockers.push({ code: 'no_recipient' });
  if (facts.containsPass) {
    const own = [...to, ...cc].filter((recipient) => facts.personAddresses.some((address) => same(address, recipient.address)));
    for (const recipient of own) blockers.push({ code: 'pass_to_own_mailbox', address: recipient.address });
  }
  return { to, cc, blockers };
};
