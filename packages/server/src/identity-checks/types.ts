import type { LocalizedText } from '@satupintu/core';

/** The checks a registration runs: the registrant's NIK (population registry) and a company's NPWP (tax status). */
export const IDENTITY_CHECKS = ['population', 'tax-status'] as const;

/** Who answered a check: only `format-only` is local; the others are registries (P106 Pasal 6 ayat (4)). */
export const CHECKED_BY = ['format-only', 'population-registry', 'tax-registry'] as const;
export type CheckedBy = (typeof CHECKED_BY)[number];

/**
 * `format-valid` / `format-invalid` (format only); `match` / `mismatch` (population); `active` / `inactive` /
 * `invalid` (tax status); `unavailable` when the registry did not answer usefully.
 */
export const CHECK_OUTCOMES = ['format-valid', 'format-invalid', 'match', 'mismatch', 'active', 'inactive', 'invalid', 'unavailable'] as const;

/**
 * The outcome of one identity check. `verified` is true only when a registry confirmed the data; the format-only
 * default always says `verified: false, checkedBy: 'format-only'`, so nothing pretends a registry was asked.
 */
export interface IdentityCheckResult {
  readonly check: (typeof IDENTITY_CHECKS)[number];
  readonly verified: boolean;
  readonly checkedBy: CheckedBy;
  /** One of {@link CHECK_OUTCOMES}. */
  readonly outcome: (typeof CHECK_OUTCOMES)[number];
  readonly checkedAt: string;
  readonly note: LocalizedText;
}

/** A person to look up in the population registry (SIAK): the NIK with the name (and birth date) given. */
export interface PopulationQuery {
  readonly nik: string;
  readonly name: string;
  readonly birthDate?: string;
}

/** A taxpayer to look up in the tax-status check (KSWP). */
export interface TaxStatusQuery {
  readonly npwp: string;
}

/** The identity checks a registration runs (P106 Pasal 6 ayat (4)): never throws; a failure is a result. */
export interface IdentityChecks {
  population(query: PopulationQuery, at: string): Promise<IdentityCheckResult>;
  taxStatus(query: TaxStatusQuery, at: string): Promise<IdentityCheckResult>;
}
