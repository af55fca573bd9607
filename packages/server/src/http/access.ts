import { isRole, type Role } from '@satupintu/core';
import type { AccountRecord, SessionRecord } from '../store/types.js';
import { HttpProblem } from './problem.js';

/**
 * Who may call a route: `public` (anyone), `authenticated` (any signed-in account) or the list of roles allowed.
 * Every route declares one in `config.access`; the app refuses to start when a route does not.
 */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

/** The caller of a request, from a session cookie or a bearer token; roles come from the stored account only. */
export interface Authenticated {
  readonly account: AccountRecord;
  readonly roles: readonly Role[];
  readonly session: SessionRecord;
  readonly via: 'cookie' | 'bearer';
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, when the request carried a valid session or token. */
    auth?: Authenticated;
  }
  interface FastifyContextConfig {
    /** Who may call the route (see {@link RouteAccess}). */
    access?: RouteAccess;
    /**
     * A public route that reads `request.auth` (who filed it, when signed in) sets this; other public routes never
     * look up a session or token, so a cookie sent along costs them no store read.
     */
    identifiesCaller?: boolean;
  }
}

/** The roles of a stored account that core knows (anything else in the record is ignored). */
export function rolesOf(account: AccountRecord): Role[] {
  return account.roles.filter(isRole);
}

/** Whether a caller passes a route's access rule. */
export function allows(access: RouteAccess, caller: Authenticated | undefined): boolean {
  if (access === 'public') return true;
  if (caller === undefined) return false;
  return access === 'authenticated' || caller.roles.some((role) => access.includes(role));
}

/** The authenticated caller of a request on a route that is not public (401 problem when absent). */
export function callerOf(request: { readonly auth?: Authenticated }): Authenticated {
  if (request.auth === undefined) {
    throw new HttpProblem(401, { code: 'auth.required', message: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' } });
  }
  return request.auth;
}
