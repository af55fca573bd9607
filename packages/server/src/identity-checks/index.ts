export { formatOnlyChecks } from './format-only.js';
export { httpIdentityChecks, identityChecksFromConfig } from './http-checks.js';
export { checkFields } from './record.js';
export type { CheckedBy, IdentityCheckResult, IdentityChecks, PopulationQuery, TaxStatusQuery } from './types.js';
