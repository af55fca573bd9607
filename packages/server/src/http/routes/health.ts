import { problem } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/** `GET /health`: whether the service and its store answer. */
export const healthRoutes: RouteModule = {
  name: 'health',
  register(app, context) {
    app.get('/health', {
      config: { access: 'public' },
      schema: {
        summary: 'Service health',
        tags: ['service'],
        response: {
          200: {
            type: 'object', required: ['status', 'store'], additionalProperties: false,
            properties: { status: { type: 'string', const: 'ok' }, store: { type: 'string', enum: ['embedded', 'postgres'] } },
          },
          ...problemResponses(503),
        },
      },
    }, async () => {
      const up = await context.store.ping().catch(() => false);
      if (!up) throw problem(503, 'health.store-unavailable', 'Basis data tidak menjawab.', 'The database does not answer.');
      return { status: 'ok', store: context.store.kind };
    });
  },
};
