import { csrfTokenOf } from '../../auth/tokens.js';
import { callerOf } from '../access.js';
import { accountView } from '../schemas/account.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/** `GET /me`: the signed-in account, and the CSRF token of a cookie session (so a reloaded page can recover it). */
export const meRoutes: RouteModule = {
  name: 'me',
  register(app, context) {
    app.get('/me', {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The signed-in account',
        tags: ['auth'],
        response: {
          200: {
            type: 'object', required: ['account', 'via'], additionalProperties: false,
            properties: { account: ref('Account'), via: { type: 'string', enum: ['cookie', 'bearer'] }, csrfToken: { type: 'string' } },
          },
          ...problemResponses(401),
        },
      },
    }, async (request) => {
      const caller = callerOf(request);
      return {
        account: accountView(caller.account),
        via: caller.via,
        ...(caller.via === 'cookie' ? { csrfToken: csrfTokenOf(caller.session.csrfSecret, context.secret) } : {}),
      };
    });
  },
};
