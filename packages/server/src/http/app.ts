import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerCrossOrigin } from './plugins/cross-origin.js';
import { registerErrors } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { ROUTE_MODULES, type RouteModule } from './routes/index.js';
import { COMMON_SCHEMAS, type SharedSchema } from './schemas/common.js';

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /** The route modules to serve; default {@link ROUTE_MODULES}. */
  readonly routes?: readonly RouteModule[];
  /** Log requests (pino); default on at the configured level. */
  readonly logger?: boolean;
}

/** Headers whose values never reach the log. */
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

/** The shared schemas of the modules, each `$id` once. */
function sharedSchemas(modules: readonly RouteModule[]): SharedSchema[] {
  const byId = new Map<string, SharedSchema>();
  for (const schema of [...COMMON_SCHEMAS, ...modules.flatMap((m) => m.schemas ?? [])]) {
    const known = byId.get(schema.$id);
    if (known !== undefined && known !== schema) throw new Error(`Two different schemas share the $id ${schema.$id}`);
    byId.set(schema.$id, schema);
  }
  return [...byId.values()];
}

/**
 * Builds the Fastify app: problem-details errors, CORS and origin checks, cookies, rate limits, the OpenAPI
 * document, authentication and per-route authorization, then every route module. Not yet listening.
 */
export async function buildApp(context: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: { paths: REDACTED, censor: '[redacted]' } },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // core's catalog schema uses if/then without a type (valid JSON Schema): no strict-mode warnings on stdout.
    serializerOpts: { ajv: { strictTypes: false } },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  const modules = options.routes ?? ROUTE_MODULES;
  registerErrors(app);
  await registerOpenApi(app);
  for (const schema of sharedSchemas(modules)) app.addSchema(schema);
  await registerCrossOrigin(app, context);
  await app.register(cookie);
  await registerRateLimit(app);
  registerAuthentication(app, context);
  for (const module of modules) await module.register(app, context);
  return app;
}
