// An applicant account written straight into a store (before the server starts), and its sign-in over HTTP.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../packages/server/src/auth/password.js';
import { openStore, type StoreOptions } from '../../packages/server/src/store/index.js';

/** The credentials of a seeded applicant. */
export interface Applicant {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

/** A signed-in cookie session: the cookie header, its CSRF token, and both as request headers. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Creates an active applicant (person) in the store of `options`; the store is closed again. */
export async function seedApplicant(options: StoreOptions): Promise<Applicant> {
  const applicant = { id: randomUUID(), email: `siti.${randomUUID()}@example.id`, password: 'kata-sandi-rahasia-2026' };
  const store = await openStore(options);
  try {
    await store.accounts.create({
      id: applicant.id, kind: 'person', name: 'Siti Rahma', email: applicant.email, phone: '+6281234567890', roles: ['applicant'],
      passwordHash: await hashPassword(applicant.password), status: 'active', identity: {}, createdAt: new Date().toISOString(),
    });
  } finally {
    await store.close();
  }
  return applicant;
}

/** `POST /auth/login` as `applicant`; throws with the answer when refused. */
export async function signIn(url: string, applicant: Applicant): Promise<Session> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: applicant.email, password: applicant.password }),
  });
  if (!response.ok) throw new Error(`sign-in refused: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
