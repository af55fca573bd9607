import { randomUUID } from 'node:crypto';
import { parseEmail, STAFF_ROLES, type Role } from '@satupintu/core';
import { hashPassword } from '../auth/password.js';
import type { AccountRecord, Store } from '../store/types.js';
import { staffPasswordProblems } from './password-policy.js';

/** A staff account to create. */
export interface NewStaff {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly password: string;
  readonly phone?: string;
}

/** A staff account could not be created; `message` says why (never with the password). */
export class AddStaffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddStaffError';
  }
}

/**
 * Creates an active staff account (roles from core's `STAFF_ROLES`) with a checked password, and appends an audit
 * entry `account.staff-added` by the operator's command line (`actor: { id: 'cli', role: 'system' }`). Throws
 * {@link AddStaffError} for an unknown role, a bad e-mail, a weak password or a taken e-mail.
 */
export async function addStaff(store: Store, staff: NewStaff, now: string): Promise<AccountRecord> {
  const roles = [...new Set(staff.roles.map((r) => r.trim()).filter(Boolean))];
  const unknown = roles.filter((r) => !(STAFF_ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || unknown.length > 0) {
    throw new AddStaffError(`roles must be one or more of ${STAFF_ROLES.join(', ')}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  }
  const email = parseEmail(staff.email);
  if (!email.ok) throw new AddStaffError(`--email: ${email.error.message.en}`);
  const name = staff.name.trim();
  if (name.length === 0 || name.length > 200) throw new AddStaffError('--name: give the name (1 to 200 characters)');
  const problems = staffPasswordProblems(staff.password, { email: staff.email, name });
  if (problems.length > 0) throw new AddStaffError(`the password is too weak: ${problems.join('; ')}`);
  if (await store.accounts.findByEmail(email.value.address)) throw new AddStaffError(`an account with the e-mail ${email.value.address} exists already`);
  const passwordHash = await hashPassword(staff.password);
  const id = randomUUID();
  return store.transaction(async (tx) => {
    const account = await tx.accounts.create({
      id, kind: 'person', name, email: email.value.address, phone: staff.phone ?? '', roles, passwordHash, status: 'active', identity: {}, createdAt: now,
    });
    const entry = await tx.audit.append({
      at: now, actor: { id: 'cli', role: 'system' as Role }, action: 'account.staff-added', subject: { type: 'account', id },
      before: null, after: { roles, status: 'active' },
    });
    if (!entry.ok) throw new AddStaffError(entry.error.message.en);
    return account;
  });
}
