import { randomBytes, randomUUID } from 'node:crypto';
import { STAFF_ROLES } from '@satupintu/core';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/types.js';
import { addStaff } from './add-staff.js';

/** The demo municipality's domain: a reserved name (RFC 2606), so no demo message can reach a real person. */
export const DEMO_DOMAIN = 'demo.satupintu.example';

/** One demo account and how to sign in with it. */
export interface DemoCredential {
  readonly role: string;
  readonly email: string;
  /** Empty when the account existed already (its password is not known any more). */
  readonly password: string;
  readonly created: boolean;
}

/** A random password that passes the staff policy: 4 groups of letters and digits with a symbol. */
function demoPassword(): string {
  const raw = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}A7`;
}

/**
 * Creates the demo municipality's accounts, one per role: every staff role (`<role>@demo.satupintu.example`) and an
 * active applicant (`pemohon@…`), each with a fresh random password returned ONCE for printing. Accounts that exist
 * already are left alone (reported with `created: false`), so running it twice is harmless.
 */
export async function seedDemo(store: Store, now: string): Promise<DemoCredential[]> {
  const credentials: DemoCredential[] = [];
  for (const role of STAFF_ROLES) {
    const email = `${role}@${DEMO_DOMAIN}`;
    if (await store.accounts.findByEmail(email)) {
      credentials.push({ role, email, password: '', created: false });
      continue;
    }
    const password = demoPassword();
    await addStaff(store, { email, name: `Demo ${role}`, roles: [role], password, phone: '+6281100000000' }, now);
    credentials.push({ role, email, password, created: true });
  }
  const applicantEmail = `pemohon@${DEMO_DOMAIN}`;
  if (await store.accounts.findByEmail(applicantEmail)) {
    credentials.push({ role: 'applicant', email: applicantEmail, password: '', created: false });
  } else {
    const password = demoPassword();
    await store.accounts.create({
      id: randomUUID(), kind: 'person', name: 'Siti Rahma (demo)', email: applicantEmail, phone: '+6281234567890', roles: ['applicant'],
      passwordHash: await hashPassword(password), status: 'active', identity: { nik: '3578015208900003' }, createdAt: now,
    });
    credentials.push({ role: 'applicant', email: applicantEmail, password, created: true });
  }
  return credentials;
}
