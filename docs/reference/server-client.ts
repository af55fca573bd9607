/**
 * The typed client of the permit service's HTTP API (openapi-fetch over types generated from `/openapi.json`).
 * Guide: docs/guides/integrator.md.
 * @module @satupintu/server/client
 */
export * from '../../packages/server/src/client.js';
export type { paths as ApiPaths, components as ApiComponents } from '../../packages/server/src/openapi-types.js';
