import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random token (256 bits, base64url): session cookies, bearer tokens and CSRF secrets. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a token: its HMAC-SHA-256 under the server secret (hex). The token itself is never stored. */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`token:${token}`).digest('hex');
}

/** The CSRF token of a session: HMAC of the session's CSRF secret, so it is bound to that session. */
export function csrfTokenOf(csrfSecret: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${csrfSecret}`).digest('base64url');
}

/** Compares two strings in constant time (for their common length; different lengths never match). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
