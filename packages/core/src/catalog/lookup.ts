import { fail, ok, type Result } from '../result.js';
import type { Catalog, PermitType } from './types.js';
import { resolveCatalog } from './validate-catalog.js';

/** The permit type `id` of the catalog a request names (default: {@link defaultCatalog}). */
export function lookupPermitType(id: unknown, catalog: unknown): Result<{ catalog: Catalog; type: PermitType }> {
  const resolved = resolveCatalog(catalog);
  if (!resolved.ok) return resolved;
  const type = typeof id === 'string' ? resolved.value.permitTypes.find((t) => t.id === id) : undefined;
  if (type === undefined) {
    const shown = typeof id === 'string' ? id.slice(0, 64) : typeof id;
    return fail('catalog.unknown-permit-type', {
      id: `Jenis izin "${shown}" tidak ada dalam katalog.`,
      en: `The permit type "${shown}" is not in the catalog.`,
    }, 'permitType');
  }
  return ok({ catalog: resolved.value, type });
}
