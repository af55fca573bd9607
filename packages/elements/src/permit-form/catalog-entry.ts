import type { LocalizedText, PermitType, Result } from '@satupintu/core';

/**
 * The permit type the form works on, taken from the municipality's catalog (fetched from `GET /catalog` or given by
 * the portal). The service validated that catalog with core's `validateCatalog` when it loaded its settings; the
 * form does not ship that validator and the JSON-schema library under it (most of the embed file's weight), so it
 * checks only the shape of what it reads (the name, the fee flag, the details it asks) — and refuses anything else
 * with `catalog.invalid` rather than crashing. The requirements and fees are decided by the service with core.
 */
export function permitTypeIn(catalog: unknown, id: string): Result<PermitType> {
  const types = isObject(catalog) ? catalog.permitTypes : undefined;
  if (!Array.isArray(types)) return invalid('permitTypes');
  const index = types.findIndex((type) => isObject(type) && type.id === id);
  if (index < 0) {
    return {
      ok: false,
      error: {
        code: 'catalog.unknown-permit-type',
        path: 'permitType',
        message: { id: `Jenis izin "${id.slice(0, 64)}" tidak ada dalam katalog.`, en: `The permit type "${id.slice(0, 64)}" is not in the catalog.` },
      },
    };
  }
  const type: unknown = types[index];
  const problem = problemOfType(type);
  return problem === undefined ? { ok: true, value: type as PermitType } : invalid(`permitTypes.${index}.${problem}`);
}

const entries = new WeakMap<object, Map<string, Result<PermitType>>>();

/** {@link permitTypeIn}, remembered per catalog object (the form asks on every render). */
export function cachedPermitTypeIn(catalog: object, id: string): Result<PermitType> {
  let byId = entries.get(catalog);
  if (!byId) entries.set(catalog, (byId = new Map()));
  let result = byId.get(id);
  if (!result) byId.set(id, (result = permitTypeIn(catalog, id)));
  return result;
}

function invalid(path: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'catalog.invalid',
      path,
      message: {
        id: `Katalog perizinan dari layanan tidak sah (${path}). Hubungi kantor perizinan.`,
        en: `The permit catalog from the service is invalid (${path}). Contact the permit office.`,
      },
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is LocalizedText {
  return isObject(value) && typeof value.id === 'string' && typeof value.en === 'string';
}

/** The path (inside the permit type) of the first field the form reads that has the wrong shape, else `undefined`. */
function problemOfType(type: unknown): string | undefined {
  if (!isObject(type)) return '';
  if (!isText(type.name)) return 'name';
  if (!isObject(type.fee) || typeof type.fee.bearing !== 'boolean') return 'fee';
  if (!Array.isArray(type.details)) return 'details';
  const detail = type.details.findIndex((d: unknown) => !isObject(d) || typeof d.key !== 'string' || !isText(d.label)
    || (d.type !== 'boolean' && d.type !== 'number') || (d.unit !== undefined && typeof d.unit !== 'string'));
  return detail >= 0 ? `details.${detail}` : undefined;
}
