import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { problem } from '../problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Request headers the widgets send across origins. */
export const CORS_ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'X-CSRF-Token', 'Idempotency-Key', 'If-Match', 'X-File-Name'];

/** Response headers the widgets may read across origins. */
export const CORS_EXPOSED_HEADERS = ['ETag', 'Location', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * CORS for the configured origins only, with credentials; other origins get no CORS headers. A state-changing
 * request whose `Origin` is neither allowed nor this server's own is refused outright (`http.origin-forbidden`), so
 * a foreign page cannot even attempt a login or a write with the visitor's cookie.
 */
export async function registerCrossOrigin(app: FastifyInstance, context: AppContext): Promise<void> {
  const allowed = new Set(context.config.allowedOrigins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin === undefined || SAFE_METHODS.has(request.method) || allowed.has(origin)) return;
    if (origin === `${request.protocol}://${request.host}`) return;
    throw problem(403, 'http.origin-forbidden', 'Asal permintaan (Origin) tidak diizinkan.', 'The request\'s origin is not allowed.', 'Origin');
  });
}
