import { IDENTITY_CHECKS, type CheckedBy, type IdentityCheckResult } from './types.js';

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

/** A check result as the account keeps it: all but its explanatory note. */
export type StoredIdentityCheck = Omit<IdentityCheckResult, 'note'>;

/** The check results kept in a stored account's identity fields (the inverse of {@link checkFields}). */
export function storedChecks(fields: Readonly<Record<string, string>>): StoredIdentityCheck[] {
  return IDENTITY_CHECKS.flatMap((check) => {
    const prefix = `check.${check}`;
    const outcome = fields[`${prefix}.outcome`];
    if (outcome === undefined) return [];
    return [{
      check, verified: fields[`${prefix}.verified`] === 'true', checkedBy: fields[`${prefix}.checkedBy`] as CheckedBy,
      outcome: outcome as IdentityCheckResult['outcome'], checkedAt: fields[`${prefix}.checkedAt`] ?? '',
    }];
  });
}
