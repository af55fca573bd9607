import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/cookie.js';

/** The `info` of the OpenAPI document. */
export const API_INFO = {
  title: 'Satupintu permit service API',
  version: '0.1.0',
  description: 'One-stop permit service (PTSP): catalog, fees, access rights, applications and tracking. Errors are RFC 9457 '
    + 'problem details with a stable code, the field path and a message in Bahasa Indonesia and English. A cookie session '
    + `must send its CSRF token in the ${CSRF_HEADER} header on every state-changing request.`,
} as const;

/**
 * Builds the OpenAPI 3.1 document from the routes' own schemas (@fastify/swagger): shared schemas become
 * `components.schemas` under their `$id`, and the session cookie and bearer tokens are the security schemes.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: API_INFO,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: `Session cookie from POST /auth/login; send ${CSRF_HEADER} on writes.` },
          bearer: { type: 'http', scheme: 'bearer', description: 'Integrator token from POST /auth/tokens.' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
}
