import type { CookieSerializeOptions } from '@fastify/cookie';
import type { ServerConfig } from '../config.js';

/** The name of the session cookie. */
export const SESSION_COOKIE = 'sp_session';

/** The request header that carries the CSRF token of a cookie session. */
export const CSRF_HEADER = 'x-csrf-token';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URL the API is reached at: the configured public URL, else `http://HOST:PORT`. */
export function publicOrigin(config: ServerConfig): URL {
  return new URL(config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`);
}

/**
 * The session cookie's attributes (API contract): HttpOnly always; `SameSite=None` when pages of other origins embed
 * the widgets (allowed origins configured), else `Lax`; `Secure` unless served over plain http on localhost (and
 * always with `SameSite=None`, which browsers require).
 */
export function sessionCookieOptions(config: ServerConfig): CookieSerializeOptions {
  const url = publicOrigin(config);
  const crossSite = config.allowedOrigins.length > 0;
  const localHttp = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  return {
    httpOnly: true,
    path: '/',
    sameSite: crossSite ? 'none' : 'lax',
    secure: crossSite || !localHttp,
    maxAge: config.sessionHours * 3600,
  };
}
