// The service's schemas and paths (generated from its OpenAPI document), for the pages' own types; type-only.
import type { components, paths } from '../../../packages/server/src/openapi-types.js';

export type Schemas = components['schemas'];
export type Paths = paths;
