import { parseNik, parseNpwp } from '@satupintu/core';
import type { IdentityCheckResult, IdentityChecks } from './types.js';

const NOTE = {
  id: 'Hanya format yang diperiksa; data belum dicocokkan dengan registri (Dukcapil/DJP).',
  en: 'Only the format was checked; the data has not been matched against a registry (Dukcapil/DJP).',
};

function formatResult(check: IdentityCheckResult['check'], valid: boolean, at: string): IdentityCheckResult {
  return { check, verified: false, checkedBy: 'format-only', outcome: valid ? 'format-valid' : 'format-invalid', checkedAt: at, note: NOTE };
}

/**
 * The default when no registry is configured: checks the NIK and NPWP formats with core (`parseNik`, `parseNpwp`)
 * and says so in every result (`verified: false`, `checkedBy: 'format-only'`).
 */
export function formatOnlyChecks(): IdentityChecks {
  return {
    async population(query, at) {
      return formatResult('population', parseNik(query.nik, { asOf: at.slice(0, 10) }).ok, at);
    },
    async taxStatus(query, at) {
      return formatResult('tax-status', parseNpwp(query.npwp).ok, at);
    },
  };
}
