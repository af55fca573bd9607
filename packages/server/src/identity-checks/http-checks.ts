import type { IdentityChecksConfig } from '../integrations-config.js';
import { formatOnlyChecks } from './format-only.js';
import type { IdentityCheckResult, IdentityChecks } from './types.js';

const UNAVAILABLE = {
  id: 'Registri tidak dapat dihubungi atau jawabannya tidak sah; data belum terverifikasi.',
  en: 'The registry could not be reached or gave an invalid answer; the data is not verified.',
};

/** POSTs `body` as JSON with Basic authentication; the parsed JSON object, or undefined on any failure. */
async function ask(url: string, body: object, config: IdentityChecksConfig): Promise<Record<string, unknown> | undefined> {
  try {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (config.user !== undefined) headers.authorization = `Basic ${Buffer.from(`${config.user}:${config.password ?? ''}`).toString('base64')}`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(config.timeoutSeconds * 1000) });
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      return undefined;
    }
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

const unavailable = (check: IdentityCheckResult['check'], checkedBy: IdentityCheckResult['checkedBy'], at: string): IdentityCheckResult =>
  ({ check, verified: false, checkedBy, outcome: 'unavailable', checkedAt: at, note: UNAVAILABLE });

/**
 * Identity checks against HTTP endpoints of the registries, each configured by URL with Basic credentials:
 * - population (SIAK): `POST populationUrl { nik, name, birthDate? }` → `{ "match": true|false }`;
 * - tax status (KSWP): `POST taxStatusUrl { npwp }` → `{ "valid": true|false, "active": true|false }`.
 * A check whose URL is not configured falls back to the format-only check (and says so). An unreachable registry,
 * an error status or an answer of another shape gives `outcome: 'unavailable'`, `verified: false`. A malformed
 * number is refused by format before any registry is asked.
 */
export function httpIdentityChecks(config: IdentityChecksConfig): IdentityChecks {
  const local = formatOnlyChecks();
  return {
    async population(query, at) {
      const format = await local.population(query, at);
      if (config.populationUrl === undefined || format.outcome === 'format-invalid') return format;
      const answer = await ask(config.populationUrl, { nik: query.nik, name: query.name, ...(query.birthDate === undefined ? {} : { birthDate: query.birthDate }) }, config);
      if (typeof answer?.match !== 'boolean') return unavailable('population', 'population-registry', at);
      return answer.match
        ? { check: 'population', verified: true, checkedBy: 'population-registry', outcome: 'match', checkedAt: at, note: { id: 'NIK dan nama cocok dengan data kependudukan.', en: 'The NIK and name match the population registry.' } }
        : { check: 'population', verified: false, checkedBy: 'population-registry', outcome: 'mismatch', checkedAt: at, note: { id: 'NIK dan nama tidak cocok dengan data kependudukan.', en: 'The NIK and name do not match the population registry.' } };
    },
    async taxStatus(query, at) {
      const format = await local.taxStatus(query, at);
      if (config.taxStatusUrl === undefined || format.outcome === 'format-invalid') return format;
      const answer = await ask(config.taxStatusUrl, { npwp: query.npwp }, config);
      if (typeof answer?.valid !== 'boolean' || typeof answer.active !== 'boolean') return unavailable('tax-status', 'tax-registry', at);
      if (!answer.valid) return { check: 'tax-status', verified: false, checkedBy: 'tax-registry', outcome: 'invalid', checkedAt: at, note: { id: 'NPWP tidak terdaftar.', en: 'The NPWP is not registered.' } };
      return answer.active
        ? { check: 'tax-status', verified: true, checkedBy: 'tax-registry', outcome: 'active', checkedAt: at, note: { id: 'NPWP valid dan aktif (KSWP).', en: 'The NPWP is valid and active (KSWP).' } }
        : { check: 'tax-status', verified: false, checkedBy: 'tax-registry', outcome: 'inactive', checkedAt: at, note: { id: 'NPWP valid tetapi tidak aktif.', en: 'The NPWP is valid but not active.' } };
    },
  };
}

/** The checks the configuration asks for: HTTP registries when a URL is set, format only otherwise. */
export function identityChecksFromConfig(config: IdentityChecksConfig): IdentityChecks {
  return config.populationUrl === undefined && config.taxStatusUrl === undefined ? formatOnlyChecks() : httpIdentityChecks(config);
}
