import type { SpError } from '../result.js';

/** A JSON value as `JSON.parse` produces it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Bounds on an untrusted document, so a hostile one is refused before it costs time or stack. */
export interface JsonLimits {
  readonly maxDepth: number;
  readonly maxNodes: number;
}

/** The bounds used for catalogs: far above the default catalog (depth 9, about 2,000 values). */
export const CATALOG_JSON_LIMITS: JsonLimits = { maxDepth: 24, maxNodes: 200_000 };

/** The result of {@link copyPlainJson}: a fresh copy, the problems found and whether the copy is usable at all. */
export interface PlainJsonCopy {
  readonly value: JsonValue;
  readonly issues: SpError[];
  /** Too deep, too large, cyclic or unreadable: nothing further should be checked. */
  readonly fatal: boolean;
}

const issue = (code: string, path: string, id: string, en: string): SpError =>
  (path === '' ? { code, message: { id, en } } : { code, path, message: { id, en } });

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Copies untrusted input into fresh plain JSON without recursion, so nothing the caller holds can change it later.
 * Values JSON cannot carry (undefined, functions, NaN, class instances) are reported at their path and become
 * `null`; cycles, excessive depth or size and throwing getters are fatal. Keys such as `__proto__` are copied as
 * ordinary own properties, never as prototypes.
 */
export function copyPlainJson(input: unknown, limits: JsonLimits): PlainJsonCopy {
  const issues: SpError[] = [];
  const root: { value: JsonValue } = { value: null };
  const onPath = new Set<object>();
  type Frame = { source: unknown; path: string; depth: number; assign: (v: JsonValue) => void } | { leave: object };
  const stack: Frame[] = [{ source: input, path: '', depth: 0, assign: (v) => { root.value = v; } }];
  let nodes = 0;
  const fatal = (code: string, path: string, id: string, en: string): PlainJsonCopy => ({
    value: null, issues: [...issues, issue(code, path, id, en)], fatal: true,
  });
  const tooLarge = (path: string): PlainJsonCopy =>
    fatal('catalog.too-large', path, `Dokumen melebihi ${limits.maxNodes} nilai.`, `The document has more than ${limits.maxNodes} values.`);
  try {
    while (stack.length > 0) {
      const frame = stack.pop() as Frame;
      if ('leave' in frame) {
        onPath.delete(frame.leave);
        continue;
      }
      const { source, path, depth, assign } = frame;
      if (++nodes > limits.maxNodes) return tooLarge(path);
      if (source === null || typeof source === 'boolean' || typeof source === 'string') {
        assign(source);
      } else if (typeof source === 'number') {
        if (Number.isFinite(source)) assign(source);
        else {
          issues.push(issue('catalog.not-json', path, 'Angka harus terhingga (bukan NaN atau Infinity).', 'A number must be finite (not NaN or Infinity).'));
          assign(null);
        }
      } else if (typeof source === 'object') {
        if (depth >= limits.maxDepth) {
          return fatal('catalog.too-deep', path, `Dokumen bersarang lebih dari ${limits.maxDepth} tingkat.`, `The document is nested more than ${limits.maxDepth} levels deep.`);
        }
        if (onPath.has(source)) {
          return fatal('catalog.cyclic', path, 'Dokumen merujuk dirinya sendiri (siklus).', 'The document refers to itself (a cycle).');
        }
        if (!Array.isArray(source) && !isPlainObject(source)) {
          issues.push(issue('catalog.not-json', path, 'Nilai ini bukan data JSON biasa.', 'This value is not plain JSON data.'));
          assign(null);
          continue;
        }
        onPath.add(source);
        stack.push({ leave: source });
        const at = (key: string) => (path === '' ? key : `${path}.${key}`);
        if (Array.isArray(source)) {
          if (source.length > limits.maxNodes - nodes) return tooLarge(path);
          const copy: JsonValue[] = new Array<JsonValue>(source.length).fill(null);
          assign(copy);
          for (let i = source.length - 1; i >= 0; i--) {
            stack.push({ source: source[i] as unknown, path: at(String(i)), depth: depth + 1, assign: (v) => { copy[i] = v; } });
          }
        } else {
          const copy: { [key: string]: JsonValue } = {};
          assign(copy);
          const keys = Object.keys(source);
          if (keys.length > limits.maxNodes - nodes) return tooLarge(path);
          const entries = keys.map((key) => [key, (source as Record<string, unknown>)[key]] as const);
          for (let i = entries.length - 1; i >= 0; i--) {
            const [key, child] = entries[i] as [string, unknown];
            stack.push({
              source: child, path: at(key), depth: depth + 1,
              assign: (v) => { Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true }); },
            });
          }
        }
      } else {
        issues.push(issue('catalog.not-json', path, `Nilai bertipe ${typeof source} bukan data JSON.`, `A value of type ${typeof source} is not JSON data.`));
        assign(null);
      }
    }
  } catch {
    return fatal('catalog.unreadable', '', 'Dokumen tidak dapat dibaca.', 'The document cannot be read.');
  }
  return { value: root.value, issues, fatal: false };
}
