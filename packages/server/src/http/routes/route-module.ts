import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { SharedSchema } from '../schemas/common.js';

/**
 * One resource of the API: its shared schemas and a function that adds its routes. Every route gives JSON Schemas
 * for params, query, body and responses and a `config.access` rule; add a module to {@link ROUTE_MODULES} to serve it.
 */
export interface RouteModule {
  readonly name: string;
  /** Schemas with an `$id` that this module's routes reference (registered once, listed in the OpenAPI components). */
  readonly schemas?: readonly SharedSchema[];
  register(app: FastifyInstance, context: AppContext): void | Promise<void>;
}
