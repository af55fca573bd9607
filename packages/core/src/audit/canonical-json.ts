import { fail, ok, type Failure, type Result } from '../result.js';

/** A JSON value: what RFC 8785 can canonicalize. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Nesting deeper than this is refused rather than risking the call stack (audit data is never this deep). */
export const MAX_JSON_DEPTH = 200;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuse(path: string, id: string, en: string): Failure {
  return fail('json.not-canonicalizable', { id: `Nilai tidak dapat dikanonikkan (RFC 8785): ${id}`, en: `Value cannot be canonicalized (RFC 8785): ${en}` }, path === '' ? undefined : path);
}

const child = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Writes the canonical form of `value` into `out`; a refusal names the offending field. */
function write(value: unknown, path: string, depth: number, ancestors: Set<object>, out: string[]): Failure | undefined {
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return undefined;
    case 'number':
      if (!Number.isFinite(value)) return refuse(path, 'NaN dan Infinity tidak ada dalam JSON.', 'NaN and Infinity do not exist in JSON.');
      // RFC 8785 §3.2.2.3: the ECMAScript Number-to-String form, which JSON.stringify produces (and -0 becomes 0).
      out.push(JSON.stringify(value));
      return undefined;
    case 'string':
      if (LONE_SURROGATE.test(value)) return refuse(path, 'teks berisi surrogate tunggal (bukan Unicode yang sah).', 'the text holds a lone surrogate (not valid Unicode).');
      // RFC 8785 §3.2.2.2: JSON.stringify escapes exactly as the scheme requires.
      out.push(JSON.stringify(value));
      return undefined;
    case 'object':
      if (value === null) {
        out.push('null');
        return undefined;
      }
      return writeContainer(value, path, depth, ancestors, out);
    default:
      return refuse(path, `tipe ${typeof value} bukan nilai JSON.`, `a ${typeof value} is not a JSON value.`);
  }
}

function writeContainer(value: object, path: string, depth: number, ancestors: Set<object>, out: string[]): Failure | undefined {
  if (depth >= MAX_JSON_DEPTH) return refuse(path, `bersarang lebih dari ${MAX_JSON_DEPTH} tingkat.`, `nested deeper than ${MAX_JSON_DEPTH} levels.`);
  if (ancestors.has(value)) return refuse(path, 'struktur melingkar (siklus).', 'a cyclic structure.');
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return refuse(path, 'hanya objek biasa dan larik yang diterima.', 'only plain objects and arrays are accepted.');
  if (Object.getOwnPropertySymbols(value).length > 0) return refuse(path, 'kunci simbol bukan JSON.', 'symbol keys are not JSON.');
  ancestors.add(value);
  let failure: Failure | undefined;
  if (isArray) {
    out.push('[');
    for (let i = 0; i < value.length && !failure; i++) {
      if (i > 0) out.push(',');
      failure = i in value ? write(value[i], child(path, i), depth + 1, ancestors, out) : refuse(child(path, i), 'larik berlubang.', 'a sparse array hole.');
    }
    out.push(']');
  } else {
    // RFC 8785 §3.2.3: members sorted by their names as UTF-16 code units, which is what the default sort compares.
    const keys = Object.keys(value).sort();
    out.push('{');
    for (let i = 0; i < keys.length && !failure; i++) {
      const key = keys[i]!;
      if (LONE_SURROGATE.test(key)) {
        failure = refuse(child(path, key), 'nama properti berisi surrogate tunggal.', 'a property name holds a lone surrogate.');
        break;
      }
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      failure = write((value as Record<string, unknown>)[key], child(path, key), depth + 1, ancestors, out);
    }
    out.push('}');
  }
  ancestors.delete(value);
  return failure;
}

/**
 * The RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: no whitespace, object members sorted by UTF-16
 * code units, numbers and strings as ECMAScript serializes them. `NaN`, `Infinity`, `undefined`, functions, symbols,
 * bigints, cycles, lone surrogates, sparse arrays and non-plain objects (Date, Map, class instances) are refused with
 * `json.not-canonicalizable` and the path of the offending field.
 * @example canonicalize({ b: 1, a: [true, 1e30] }) // { ok: true, value: '{"a":[true,1e+30],"b":1}' }
 */
export function canonicalize(value: unknown): Result<string> {
  const out: string[] = [];
  let failure: Failure | undefined;
  try {
    failure = write(value, '', 0, new Set(), out);
  } catch {
    // A getter or proxy trap that throws: the value cannot be read, so it cannot be canonicalized.
    failure = refuse('', 'nilai tidak dapat dibaca.', 'the value cannot be read.');
  }
  return failure ?? ok(out.join(''));
}

/**
 * The UTF-8 bytes of {@link canonicalize}: what is hashed and signed.
 * @example canonicalBytes({ a: 1 }) // { ok: true, value: Uint8Array [123, 34, 97, 34, 58, 49, 125] }
 */
export function canonicalBytes(value: unknown): Result<Uint8Array> {
  const text = canonicalize(value);
  return text.ok ? ok(new TextEncoder().encode(text.value)) : text;
}
