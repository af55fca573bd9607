import type { Result, SpError } from '../result.js';
import { issue } from '../issues.js';
import { CATALOG_JSON_LIMITS, copyPlainJson, type JsonValue } from './plain-json.js';
import type { Catalog, PermitType } from './types.js';
import { catalogInvalid, resolveCatalog, validateCatalog, type ValidateCatalogOptions } from './validate-catalog.js';

/** A municipality's changes to a catalog (CAT-02), applied in this order: remove, patch, upsert. */
export interface CatalogChanges {
  /** Ids of permit types to drop. */
  readonly remove?: readonly string[];
  /**
   * Fields to replace whole in existing permit types, by id — typically the values the regulation leaves to the
   * municipality: `{ 'ijin-gangguan': { completionTime: { kind: 'fixed', workingDays: 7, text: '…', source } } }`.
   */
  readonly patch?: Readonly<Record<string, Partial<Omit<PermitType, 'id'>>>>;
  /** Permit types to add, or to replace whole when the id is already there. */
  readonly upsert?: readonly PermitType[];
}

type JsonObject = { [key: string]: JsonValue };
type Origin = { kind: 'base' } | { kind: 'patch'; id: string; fields: ReadonlySet<string> } | { kind: 'upsert'; index: number };

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function notFound(path: string, id: string): SpError {
  return issue('catalog.unknown-permit-type', path, `Jenis izin "${id.slice(0, 64)}" tidak ada dalam katalog dasar.`, `The permit type "${id.slice(0, 64)}" is not in the base catalog.`);
}

/** Applies checked changes to a copy of the base's permit types, remembering where each type came from. */
function applyChanges(base: readonly JsonValue[], changes: JsonObject, issues: SpError[]): { types: JsonValue[]; origins: Origin[] } {
  const idOf = (t: JsonValue) => (isObject(t) ? t['id'] : undefined);
  let types = [...base];
  let origins: Origin[] = base.map(() => ({ kind: 'base' }));
  const remove = changes['remove'];
  if (remove !== undefined) {
    if (!Array.isArray(remove) || !remove.every((id): id is string => typeof id === 'string')) {
      issues.push(issue('catalog.type-invalid', 'changes.remove', 'Harus daftar id jenis izin.', 'Must be a list of permit type ids.'));
    } else {
      const ids: readonly JsonValue[] = remove;
      ids.forEach((id, i) => { if (!types.some((t) => idOf(t) === id)) issues.push(notFound(`changes.remove.${i}`, String(id))); });
      const keep = types.map((t) => !ids.includes(idOf(t) ?? null));
      origins = origins.filter((_, i) => keep[i]);
      types = types.filter((_, i) => keep[i]);
    }
  }
  const patch = changes['patch'];
  if (patch !== undefined) {
    if (!isObject(patch)) {
      issues.push(issue('catalog.type-invalid', 'changes.patch', 'Harus objek berkunci id jenis izin.', 'Must be an object keyed by permit type id.'));
    } else {
      for (const [id, fields] of Object.entries(patch)) {
        const index = types.findIndex((t) => idOf(t) === id);
        if (index < 0) issues.push(notFound(`changes.patch.${id}`, id));
        else if (!isObject(fields) || Object.hasOwn(fields, 'id')) {
          issues.push(issue('catalog.type-invalid', `changes.patch.${id}`, 'Harus objek berisi kolom pengganti, tanpa "id".', 'Must be an object of replacement fields, without "id".'));
        } else {
          types[index] = { ...(types[index] as JsonObject), ...fields };
          origins[index] = { kind: 'patch', id, fields: new Set(Object.keys(fields)) };
        }
      }
    }
  }
  const upsert = changes['upsert'];
  if (upsert !== undefined) {
    if (!Array.isArray(upsert)) {
      issues.push(issue('catalog.type-invalid', 'changes.upsert', 'Harus daftar jenis izin.', 'Must be a list of permit types.'));
    } else {
      const upserted = new Set<JsonValue | undefined>();
      upsert.forEach((type, i) => {
        if (typeof idOf(type) === 'string' && upserted.has(idOf(type))) {
          issues.push(issue('catalog.duplicate-id', `changes.upsert.${i}.id`, `Id "${String(idOf(type))}" muncul dua kali dalam upsert.`, `The id "${String(idOf(type))}" appears twice in upsert.`));
          return;
        }
        upserted.add(idOf(type));
        const index = types.findIndex((t) => idOf(type) !== undefined && idOf(t) === idOf(type));
        if (index >= 0) {
          types[index] = type;
          origins[index] = { kind: 'upsert', index: i };
        } else {
          types.push(type);
          origins.push({ kind: 'upsert', index: i });
        }
      });
    }
  }
  return { types, origins };
}

/** Re-addresses a problem of the merged catalog to the change that caused it. */
function relocate(issue: SpError, origins: readonly Origin[]): SpError {
  const match = /^permitTypes\.(\d+)(?:\.([^.]+))?(.*)$/.exec(issue.path ?? '');
  const origin = match ? origins[Number(match[1])] : undefined;
  if (!match || origin === undefined || origin.kind === 'base') return issue;
  const field = match[2] === undefined ? '' : `.${match[2]}`;
  if (origin.kind === 'upsert') return { ...issue, path: `changes.upsert.${origin.index}${field}${match[3]}` };
  return match[2] !== undefined && origin.fields.has(match[2]) ? { ...issue, path: `changes.patch.${origin.id}${field}${match[3]}` } : issue;
}

/**
 * A new catalog: `base` with a municipality's changes (CAT-02) — types removed, fields patched (such as the completion
 * times of types 2–4, which the regulation leaves open), types added or replaced. The result is validated like
 * {@link validateCatalog}; problems point into `changes` where a change caused them, else into the merged
 * `permitTypes`.
 *
 * @example
 * ```ts
 * const mine = extendCatalog(defaultCatalog, {
 *   patch: { 'ijin-gangguan': { completionTime: { kind: 'fixed', workingDays: 7, text: '7 hari kerja', source: cite('Perwali …', 'Pasal 5') } } },
 * });
 * ```
 */
export function extendCatalog(base: Catalog, changes: CatalogChanges, options: ValidateCatalogOptions = {}): Result<Catalog> {
  const resolved = resolveCatalog(base);
  if (!resolved.ok) return { ok: false, error: { ...resolved.error, path: 'base' } };
  const copy = copyPlainJson(changes, CATALOG_JSON_LIMITS);
  const issues: SpError[] = copy.issues.map((i) => ({ ...i, path: i.path === undefined ? 'changes' : `changes.${i.path}` }));
  if (copy.fatal) return catalogInvalid(issues);
  if (!isObject(copy.value)) return catalogInvalid([issue('catalog.type-invalid', 'changes', 'Perubahan harus berupa objek.', 'The changes must be an object.')]);
  for (const key of Object.keys(copy.value)) {
    if (!['remove', 'patch', 'upsert'].includes(key)) {
      issues.push(issue('catalog.field-unknown', `changes.${key}`, 'Hanya remove, patch dan upsert yang dikenal.', 'Only remove, patch and upsert are known.'));
    }
  }
  const baseTypes = JSON.parse(JSON.stringify(resolved.value.permitTypes)) as JsonValue[];
  const { types, origins } = applyChanges(baseTypes, copy.value, issues);
  const merged = validateCatalog({ version: 1, permitTypes: types }, options);
  if (!merged.ok) issues.push(...(merged.error.issues ?? [merged.error]).map((i) => relocate(i, origins)));
  return issues.length > 0 || !merged.ok ? catalogInvalid(issues) : merged;
}
