import { SESSION_COOKIE, sessionCookieOptions } from '../../auth/cookie.js';
import { verifyAgainstDecoy, verifyPassword } from '../../auth/password.js';
import { issueSession } from '../../auth/sessions.js';
import { perMinute } from '../plugins/rate-limit.js';
import { callerOf } from '../access.js';
import { problem } from '../problem.js';
import { ACCOUNT, accountView } from '../schemas/account.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const SIGN_IN = {
  $id: 'SignIn',
  type: 'object',
  required: ['account', 'csrfToken'],
  additionalProperties: false,
  properties: { account: ref('Account'), csrfToken: { type: 'string' } },
} as const;

/** `/auth/*`: sign in (cookie session + CSRF token), sign out, and bearer tokens for integrators. */
export const authRoutes: RouteModule = {
  name: 'auth',
  schemas: [ACCOUNT, SIGN_IN],
  register(app, context) {
    app.post('/auth/login', {
      config: { access: 'public', rateLimit: perMinute(context.config.rateLimits.login) },
      schema: {
        summary: 'Sign in with e-mail and password; sets the session cookie and returns the CSRF token',
        tags: ['auth'],
        body: {
          type: 'object', required: ['email', 'password'], additionalProperties: false,
          properties: { email: { type: 'string', minLength: 3, maxLength: 254 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: { 200: ref('SignIn'), ...problemResponses(400, 401, 403, 429) },
      },
    }, async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const account = await context.store.accounts.findByEmail(email.trim());
      const matches = account === undefined ? await verifyAgainstDecoy(password) : await verifyPassword(password, account.passwordHash);
      if (account === undefined || !matches) {
        throw problem(401, 'auth.invalid-credentials', 'E-mail atau kata sandi salah.', 'Wrong e-mail or password.');
      }
      if (account.status === 'pending') {
        throw problem(403, 'auth.account-pending', 'Permohonan hak akses Anda belum diputuskan.', 'Your access request has not been decided yet.');
      }
      if (account.status !== 'active') {
        throw problem(403, 'auth.account-inactive', 'Akun ini tidak aktif.', 'This account is not active.');
      }
      const session = await issueSession(context, account, 'session');
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(context.config));
      return { account: accountView(account), csrfToken: session.csrfToken };
    });

    app.post('/auth/logout', {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Sign out: revokes this session or bearer token',
        tags: ['auth'],
        response: { 204: { type: 'null', description: 'Signed out' }, ...problemResponses(401, 403) },
      },
    }, async (request, reply) => {
      const caller = request.auth;
      if (caller) await context.store.sessions.revoke(caller.session.tokenHash, context.now());
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(context.config));
      return reply.code(204).send();
    });

    app.post('/auth/tokens', {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Issue a bearer token for an integrator (shown once)',
        tags: ['auth'],
        body: {
          type: 'object', required: ['label'], additionalProperties: false,
          properties: {
            label: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001F<>]+$' },
            days: { type: 'integer', minimum: 1, maximum: 365, default: 90 },
          },
        },
        response: {
          201: {
            type: 'object', required: ['token', 'label', 'expiresAt'], additionalProperties: false,
            properties: { token: { type: 'string' }, label: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    }, async (request, reply) => {
      const { label, days } = request.body as { label: string; days: number };
      const caller = callerOf(request);
      const issued = await issueSession(context, caller.account, 'token', { hours: days * 24, label });
      return reply.code(201).send({ token: issued.token, label, expiresAt: issued.record.expiresAt });
    });
  },
};
