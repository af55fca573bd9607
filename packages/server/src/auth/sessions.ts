import type { AccountRecord, SessionRecord } from '../store/types.js';
import type { AppContext } from '../http/context.js';
import { csrfTokenOf, hashToken, newToken } from './tokens.js';

/** A session or bearer token just issued: the token (shown once, never stored) and its stored record. */
export interface IssuedSession {
  readonly token: string;
  readonly record: SessionRecord;
  /** The CSRF token of a cookie session (empty for bearer tokens). */
  readonly csrfToken: string;
}

/**
 * Issues a cookie session (with a CSRF secret) or an integrator's bearer token for an account, storing only the
 * token's hash. Lifetime: the configured session hours, or `hours` for a bearer token.
 */
export async function issueSession(
  context: AppContext, account: AccountRecord, kind: 'session' | 'token', options: { readonly hours?: number; readonly label?: string } = {},
): Promise<IssuedSession> {
  const token = newToken();
  const now = context.now();
  const hours = options.hours ?? context.config.sessionHours;
  const csrfSecret = kind === 'session' ? newToken() : '';
  const record = await context.store.sessions.create({
    tokenHash: hashToken(token, context.secret),
    accountId: account.id,
    kind,
    csrfSecret,
    ...(options.label === undefined ? {} : { label: options.label }),
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + hours * 3_600_000).toISOString(),
  });
  return { token, record, csrfToken: kind === 'session' ? csrfTokenOf(csrfSecret, context.secret) : '' };
}
