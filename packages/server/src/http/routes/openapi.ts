import type { RouteModule } from './route-module.js';

/** `GET /openapi.json`: the OpenAPI 3.1 document generated from every route's schemas. */
export const openApiRoutes: RouteModule = {
  name: 'openapi',
  register(app) {
    app.get('/openapi.json', {
      config: { access: 'public' },
      schema: {
        summary: 'The OpenAPI 3.1 document of this API',
        tags: ['service'],
        response: { 200: { type: 'object', additionalProperties: true, description: 'OpenAPI 3.1 document' } },
      },
    }, async () => app.swagger());
  },
};
