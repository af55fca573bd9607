import type { IdentityCheckResult } from './types.js';

/**
 * The check results as flat identity fields of a stored account (`check.population.verified`, `…checkedBy`,
 * `…outcome`, `…checkedAt`), so staff deciding the access request (ACC-02) see what was and was not verified.
 */
export function checkFields(results: readonly IdentityCheckResult[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const result of results) {
    const prefix = `check.${result.check}`;
    fields[`${prefix}.verified`] = String(result.verified);
    fields[`${prefix}.checkedBy`] = result.checkedBy;
    fields[`${prefix}.outcome`] = result.outcome;
    fields[`${prefix}.checkedAt`] = result.checkedAt;
  }
  return fields;
}
