import { fail, ok, type Result, type SpError } from '../result.js';
import { deepFreeze } from '../deep-freeze.js';
import { defaultCatalog } from './default-catalog.js';
import { CATALOG_JSON_LIMITS, copyPlainJson } from './plain-json.js';
import { CATALOG_SCHEMA } from './schema.js';
import { schemaChecker } from './schema-issues.js';
import { semanticIssues } from './semantic-checks.js';
import type { Catalog } from './types.js';

/** Options of {@link validateCatalog}. */
export interface ValidateCatalogOptions {
  /**
   * Also refuse completion times still marked `setting-required` (code `catalog.setting-required`): use it to
   * check that a municipality has set every value the regulation leaves open. Default `false`.
   */
  readonly complete?: boolean;
}

/** Catalogs this module produced: frozen copies that need no second validation. */
const validated = new WeakSet<Catalog>([defaultCatalog]);
let checkSchema: ReturnType<typeof schemaChecker> | undefined;

/** The failure `catalog.invalid` carrying every problem in `issues`. */
export function catalogInvalid(issues: readonly SpError[]): Result<never> {
  const first = issues[0] as SpError;
  const where = first.path === undefined ? '' : ` (${first.path})`;
  return {
    ok: false,
    error: {
      code: 'catalog.invalid',
      message: {
        id: `Katalog tidak sah: ${issues.length} masalah; pertama${where}: ${first.message.id}`,
        en: `The catalog is invalid: ${issues.length} problem(s); first${where}: ${first.message.en}`,
      },
      issues,
    },
  };
}

/** Permit types that the schema found no fault in (so the semantic checks can read them safely). */
function schemaValidIndexes(issues: readonly SpError[], count: number): Set<number> {
  const faulty = new Set(issues.map((i) => /^permitTypes\.(\d+)/.exec(i.path ?? '')?.[1]).filter((i) => i !== undefined).map(Number));
  return new Set([...Array(count).keys()].filter((i) => !faulty.has(i)));
}

/**
 * Checks a permit catalog given as untrusted JSON (CAT-02) against {@link CATALOG_SCHEMA} and the rules a schema
 * cannot express: unique permit type ids and requirement keys, conditions that name declared details with matching
 * types, completion-time cases with no gap. Every problem is reported at once in `error.issues`, each with its
 * code and dotted path (`permitTypes.3.requirements.0.label.en`). A valid catalog comes back as a frozen copy.
 * Labels are plain text: markup in them is kept verbatim and never interpreted.
 *
 * @example
 * ```ts
 * const result = validateCatalog(JSON.parse(text));
 * if (!result.ok) for (const issue of result.error.issues ?? []) console.log(issue.path, issue.message.en);
 * ```
 */
export function validateCatalog(json: unknown, options: ValidateCatalogOptions = {}): Result<Catalog> {
  if (options === null || typeof options !== 'object' || (options.complete !== undefined && typeof options.complete !== 'boolean')) {
    return fail('catalog.options-invalid', { id: 'Opsi validasi tidak sah.', en: 'The validation options are invalid.' }, 'options');
  }
  const copy = copyPlainJson(json, CATALOG_JSON_LIMITS);
  if (copy.fatal) return catalogInvalid(copy.issues);
  checkSchema ??= schemaChecker(CATALOG_SCHEMA);
  const leafPaths = new Set(copy.issues.map((i) => i.path));
  const issues = [...copy.issues, ...checkSchema(copy.value).filter((i) => !leafPaths.has(i.path))];
  const permitTypes = (copy.value as { permitTypes?: unknown } | null)?.permitTypes;
  if (Array.isArray(permitTypes)) {
    const candidate = { version: 1, permitTypes } as Catalog;
    issues.push(...semanticIssues(candidate, options.complete ?? false, schemaValidIndexes(issues, permitTypes.length)));
  }
  if (issues.length > 0) return catalogInvalid(issues);
  const catalog = deepFreeze(copy.value as unknown as Catalog);
  validated.add(catalog);
  return ok(catalog);
}

/**
 * The catalog a request names: the default when absent, a catalog this module validated as is, anything else after
 * validation (its problems reported under the path `catalog`).
 */
export function resolveCatalog(catalog: unknown): Result<Catalog> {
  if (catalog === undefined) return ok(defaultCatalog);
  if (typeof catalog === 'object' && catalog !== null && validated.has(catalog as Catalog)) return ok(catalog as Catalog);
  const checked = validateCatalog(catalog);
  return checked.ok ? checked : { ok: false, error: { ...checked.error, path: 'catalog' } };
}
