import { randomBytes, randomUUID } from 'node:crypto';
import { STAFF_ROLES, type Role } from '@satupintu/core';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/types.js';
import { addStaff } from './add-staff.js';
import { seedDemoBusinesses } from './demo-businesses.js';

/** The demo municipality's domain: a reserved name (RFC 2606), so no demo message can reach a real person. */
export const DEMO_DOMAIN = 'demo.satupintu.example';

/** One demo account and how to sign in with it. */
export interface DemoCredential {
  readonly role: string;
  readonly email: string;
  /** The password set by this run (a fresh one every run). */
  readonly password: string;
  /** Whether the account was created by this run (else its password was reset). */
  readonly created: boolean;
}

/** What `seed-demo` did: the demo accounts with their passwords, and how many demo businesses it added. */
export interface DemoSeed {
  readonly credentials: readonly DemoCredential[];
  readonly businessesAdded: number;
}

/** A random password that passes the staff policy: 4 groups of letters and digits with a symbol. */
function demoPassword(): string {
  const raw = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}A7`;
}

/**
 * Gives an existing DEMO account (only ever one under {@link DEMO_DOMAIN}) a fresh password, signs it out everywhere
 * and records `account.password-reset` by the seed command in the audit trail.
 */
async function resetDemoPassword(store: Store, accountId: string, password: string, now: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === undefined || !account.email.endsWith(`@${DEMO_DOMAIN}`)) throw new Error('only demo accounts are reset');
    await tx.accounts.update(account.id, account.version, { passwordHash }, now);
    await tx.sessions.revokeAll(account.id, now);
    const entry = await tx.audit.append({
      at: now, actor: { id: 'cli', role: 'system' as Role }, action: 'account.password-reset', subject: { type: 'account', id: account.id },
      before: null, after: { reason: 'seed-demo' },
    });
    if (!entry.ok) throw new Error(entry.error.message.en);
  });
}

/**
 * Seeds the demo municipality: one account per role — every staff role (`<role>@demo.satupintu.example`) and an
 * active applicant (`pemohon@…`) — each with a fresh random password on EVERY run (created, or reset when it exists),
 * returned for printing; and the demo businesses of the supervision pages (added once). Only accounts under
 * {@link DEMO_DOMAIN} are ever touched. Running it again is harmless: nothing is duplicated.
 */
export async function seedDemo(store: Store, now: string): Promise<DemoSeed> {
  const credentials: DemoCredential[] = [];
  const seed = async (role: string, email: string, create: (password: string) => Promise<unknown>) => {
    const password = demoPassword();
    const existing = await store.accounts.findByEmail(email);
    if (existing === undefined) await create(password);
    else await resetDemoPassword(store, existing.id, password, now);
    credentials.push({ role, email, password, created: existing === undefined });
  };
  for (const role of STAFF_ROLES) {
    await seed(role, `${role}@${DEMO_DOMAIN}`, (password) => addStaff(store, { email: `${role}@${DEMO_DOMAIN}`, name: `Demo ${role}`, roles: [role], password, phone: '+6281100000000' }, now));
  }
  const applicantEmail = `pemohon@${DEMO_DOMAIN}`;
  await seed('applicant', applicantEmail, async (password) => store.accounts.create({
    id: randomUUID(), kind: 'person', name: 'Siti Rahma (demo)', email: applicantEmail, phone: '+6281234567890', roles: ['applicant'],
    passwordHash: await hashPassword(password), status: 'active', identity: { nik: '3578015208900003' }, createdAt: now,
  }));
  return { credentials, businessesAdded: await seedDemoBusinesses(store, now) };
}
