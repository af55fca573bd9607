import type { LocalizedText } from '@satupintu/core';

/** Who answered a check: only `format-only` is local; the others are registries (P106 Pasal 6 ayat (4)). */
export type CheckedBy = 'format-only' | 'population-registry' | 'tax-registry';

/**
 * The outcome of one identity check. `verified` is true only when a registry confirmed the data; the format-only
 * default always says `verified: false, checkedBy: 'format-only'`, so nothing pretends a registry was asked.
 */
export interface IdentityCheckResult {
  readonly check: 'population' | 'tax-status';
  readonly verified: boolean;
  readonly checkedBy: CheckedBy;
  /**
   * `format-valid` / `format-invalid` (format only); `match` / `mismatch` (population); `active` / `inactive` /
   * `invalid` (tax status); `unavailable` when the registry did not answer usefully.
   */
  readonly outcome: 'format-valid' | 'format-invalid' | 'match' | 'mismatch' | 'active' | 'inactive' | 'invalid' | 'unavailable';
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
