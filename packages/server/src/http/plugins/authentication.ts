import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/cookie.js';
import { csrfTokenOf, hashToken, sameSecret } from '../../auth/tokens.js';
import { allows, rolesOf, type Authenticated } from '../access.js';
import type { AppContext } from '../context.js';
import { problem } from '../problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header) : null;
  return match?.[1];
}

/** Looks up the caller of a request: the bearer token if one is sent, else the session cookie. */
async function authenticate(context: AppContext, request: FastifyRequest): Promise<Authenticated | undefined> {
  const bearer = bearerToken(request);
  const cookie = request.cookies[SESSION_COOKIE];
  const token = bearer ?? cookie;
  if (token === undefined || token.length > 200) return undefined;
  const found = await context.store.sessions.findActive(hashToken(token, context.secret), context.now());
  if (found === undefined || found.kind !== (bearer === undefined ? 'session' : 'token')) return undefined;
  const { account, ...session } = found;
  if (account.status !== 'active') return undefined;
  return { account, roles: rolesOf(account), session, via: bearer === undefined ? 'cookie' : 'bearer' };
}

/** Whether a state-changing request with a cookie session carries that session's CSRF token. */
function csrfHolds(context: AppContext, request: FastifyRequest, caller: Authenticated): boolean {
  if (caller.via === 'bearer' || SAFE_METHODS.has(request.method)) return true;
  const sent = request.headers[CSRF_HEADER];
  return typeof sent === 'string' && sameSecret(sent, csrfTokenOf(caller.session.csrfSecret, context.secret));
}

/**
 * Authentication and authorization for every route. Each route must declare `config.access` (the app refuses to
 * start otherwise); before validation and the handler, the caller is looked up (roles from the stored account, never from the
 * request), a cookie session on a state-changing request must carry its CSRF token, and the route's rule is applied.
 * Public routes look up their caller only when they declare `config.identifiesCaller`.
 */
export function registerAuthentication(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('auth', undefined);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('*') || route.method === 'HEAD') return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${String(route.method)} ${route.url} declares no config.access`);
    if (access !== 'public' && route.schema) {
      route.schema = {
        ...route.schema,
        security: [{ session: [] }, { bearer: [] }],
        ...(access === 'authenticated' ? {} : { 'x-roles': [...access] }),
      } as typeof route.schema;
    }
  });
  // preValidation: a caller without the right is refused (401/403) before its input is even looked at.
  app.addHook('preValidation', async (request) => {
    const { access, identifiesCaller } = request.routeOptions.config;
    if (access === undefined) return; // the 404 handler
    if (access === 'public' && identifiesCaller !== true) return;
    const caller = await authenticate(context, request);
    const csrfOk = caller === undefined || csrfHolds(context, request, caller);
    if (access === 'public') {
      // A public route never acts on a cookie session's authority without the CSRF token.
      if (caller !== undefined && csrfOk) request.auth = caller;
      return;
    }
    if (caller === undefined) {
      throw problem(401, 'auth.required', 'Silakan masuk terlebih dahulu.', 'Please sign in first.');
    }
    if (!csrfOk) {
      throw problem(403, 'auth.csrf-invalid', 'Token CSRF tidak ada atau tidak cocok dengan sesi.', 'The CSRF token is missing or does not match the session.', CSRF_HEADER);
    }
    request.auth = caller;
    if (!allows(access, caller)) {
      throw problem(403, 'auth.forbidden', 'Peran akun Anda tidak berwenang untuk tindakan ini.', 'Your account\'s role is not allowed to do this.');
    }
  });
}
