// The demo pages' connection to the permit service: the typed client (`@satupintu/server/client`) at /api, the
// same origin as the pages (demo/serve.mjs passes /api to the service), and the signed-in account.
import { createSatupintuClient, type SatupintuClient } from '@satupintu/server/client';
import type { LocalizedText } from '@satupintu/core';

/** The signed-in account as `GET /me` describes it. */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
}

/** The permit service, through the demo server's /api proxy. */
export const api: SatupintuClient = createSatupintuClient({ baseUrl: `${location.origin}/api` });

/**
 * Hands the session's CSRF token to the embedded elements: they read `<meta name="sp-csrf-token">` at every request
 * (see packages/elements/src/client/config.ts), so setting it here needs no inline script.
 */
function shareCsrfToken(token: string | undefined): void {
  let meta = document.querySelector<HTMLMetaElement>('meta[name="sp-csrf-token"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'sp-csrf-token';
    document.head.append(meta);
  }
  meta.content = token ?? '';
}

/** The signed-in account, or undefined. */
export async function signedInAccount(): Promise<Account | undefined> {
  const { data } = await api.GET('/me');
  if (!data) return undefined;
  shareCsrfToken(api.csrfToken());
  return data.account as Account;
}

/**
 * The signed-in account when it has one of `roles` (any role when empty); otherwise the visitor is sent to the sign-in
 * page, which comes back here afterwards.
 */
export async function requireAccount(roles: readonly string[] = []): Promise<Account> {
  const account = await signedInAccount();
  if (account && (roles.length === 0 || account.roles.some((role) => roles.includes(role)))) return account;
  const next = `${location.pathname.split('/').pop() ?? ''}${location.search}${location.hash}`;
  location.assign(`login.html?next=${encodeURIComponent(next)}${account ? '&role=wrong' : ''}`);
  return new Promise(() => undefined);
}

/** Signs in; resolves with the account or with the service's bilingual refusal. */
export async function signIn(email: string, password: string): Promise<{ account: Account } | { problem: LocalizedText }> {
  const { data, error } = await api.POST('/auth/login', { body: { email, password } });
  if (data) {
    shareCsrfToken(data.csrfToken);
    return { account: data.account as Account };
  }
  return { problem: problemMessage(error) };
}

/** Signs out and returns to the sign-in page. */
export async function signOut(): Promise<void> {
  await api.POST('/auth/logout', {});
  shareCsrfToken(undefined);
  location.assign('login.html');
}

const UNKNOWN_PROBLEM: LocalizedText = {
  id: 'Terjadi kesalahan. Coba lagi sebentar lagi.',
  en: 'Something went wrong. Try again in a moment.',
};

/** The bilingual message of a problem-details answer (RFC 9457 with the service's `message`). */
export function problemMessage(problem: unknown): LocalizedText {
  const message = typeof problem === 'object' && problem !== null ? (problem as { message?: unknown }).message : undefined;
  if (typeof message === 'object' && message !== null) {
    const { id, en } = message as { id?: unknown; en?: unknown };
    if (typeof id === 'string' && typeof en === 'string') return { id, en };
  }
  return UNKNOWN_PROBLEM;
}
