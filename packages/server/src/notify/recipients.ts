import { ROLES } from '@satupintu/core';
import type { OutboxMessage, Repositories } from '../store/types.js';

/**
 * The addresses of an outbox message. Core addresses office notices to a role (`head-of-office`); those go to every
 * active account holding the role (its e-mail, or its phone for SMS). Any other recipient is already an address.
 */
export async function recipientsOf(message: OutboxMessage, accounts: Repositories['accounts']): Promise<string[]> {
  if (!(ROLES as readonly string[]).includes(message.recipient)) return [message.recipient];
  const found: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await accounts.list({ status: 'active', limit: 1000, offset });
    for (const account of page) {
      if (account.roles.includes(message.recipient)) found.push(message.channel === 'sms' ? account.phone : account.email);
    }
    if (page.length < 1000) return found;
  }
}
