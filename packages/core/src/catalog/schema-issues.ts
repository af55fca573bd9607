import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { LocalizedText, SpError } from '../result.js';
import type { JsonValue } from './plain-json.js';

/** Keywords that only say "something below failed"; the failing leaf is reported on its own. */
const WRAPPER_KEYWORDS = new Set([
  'properties', 'items', 'prefixItems', '$ref', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'additionalProperties',
  'dependentSchemas', 'patternProperties', 'unevaluatedProperties', 'contains',
]);

/** The JSON pointer `#/permitTypes/0/name` as the dotted path `permitTypes.0.name`. */
function toPath(pointer: string): string {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const quoted = (error: string) => /"(.*)"/.exec(error)?.[1] ?? '';
const numbers = (error: string) => [...error.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)].map((m) => m[0]);

function describe(unit: OutputUnit, path: string): { code: string; path: string; message: LocalizedText } {
  const { keyword, error } = unit;
  switch (keyword) {
    case 'required': {
      const field = quoted(error);
      return { code: 'catalog.field-missing', path: join(path, field), message: { id: `Kolom wajib "${field}" tidak ada.`, en: `The required field "${field}" is missing.` } };
    }
    case 'dependentRequired': {
      const field = /does not have "(.*)"/.exec(error)?.[1] ?? '';
      return { code: 'catalog.field-missing', path: join(path, field), message: { id: `Kolom "${field}" wajib ada bersama kolom lain di sini.`, en: `The field "${field}" is required together with the others here.` } };
    }
    case 'false':
      return { code: 'catalog.field-unknown', path, message: { id: 'Kolom ini tidak dikenal atau tidak boleh ada di sini.', en: 'This field is unknown or not allowed here.' } };
    case 'type': {
      const expected = /Expected (.*)\.$/.exec(error)?.[1]?.replace(/"/g, '') ?? '';
      return { code: 'catalog.type-invalid', path, message: { id: `Tipe nilai salah; seharusnya ${expected}.`, en: `Wrong type of value; expected ${expected}.` } };
    }
    case 'enum':
    case 'const': {
      const allowed = /match (?:any of )?(.*)\.$/.exec(error)?.[1] ?? '';
      return { code: 'catalog.value-not-allowed', path, message: { id: `Nilai tidak diizinkan; pilihan: ${allowed}.`, en: `Value not allowed; choose from ${allowed}.` } };
    }
    case 'minLength':
    case 'maxLength': {
      const [actual, limit] = numbers(error);
      return keyword === 'maxLength'
        ? { code: 'catalog.too-long', path, message: { id: `Teks terlalu panjang (${actual} > ${limit} karakter).`, en: `Text too long (${actual} > ${limit} characters).` } }
        : { code: 'catalog.too-short', path, message: { id: 'Teks tidak boleh kosong.', en: 'Text must not be empty.' } };
    }
    case 'pattern':
      return { code: 'catalog.pattern-mismatch', path, message: { id: 'Format teks tidak sesuai (karakter kendali atau bentuk kunci yang salah).', en: 'Text has the wrong form (control characters, or a malformed key).' } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return { code: 'catalog.number-out-of-range', path, message: { id: `Angka di luar batas: ${error}`, en: `Number out of range: ${error}` } };
    case 'minItems':
    case 'maxItems':
    case 'minProperties': {
      const [actual, limit] = numbers(error);
      return keyword === 'maxItems'
        ? { code: 'catalog.too-many', path, message: { id: `Terlalu banyak isian (${actual} > ${limit}).`, en: `Too many entries (${actual} > ${limit}).` } }
        : { code: 'catalog.too-few', path, message: { id: 'Isian kurang atau kosong.', en: 'Too few entries, or empty.' } };
    }
    case 'uniqueItems':
      return { code: 'catalog.duplicate', path, message: { id: `Isian ganda: ${error}`, en: `Duplicate entries: ${error}` } };
    default:
      return { code: 'catalog.schema-mismatch', path, message: { id: `Tidak sesuai skema (${keyword}).`, en: `Does not match the schema (${keyword}): ${error}` } };
  }
}

/** A validator over a private copy of `schema` (the validator annotates its schema objects; the export is frozen). */
export function schemaChecker(schema: object): (instance: JsonValue) => SpError[] {
  const validator = new Validator(JSON.parse(JSON.stringify(schema)) as Schema, '2020-12', false);
  return (instance) => {
    const seen = new Set<string>();
    const issues: SpError[] = [];
    for (const unit of validator.validate(instance).errors) {
      if (WRAPPER_KEYWORDS.has(unit.keyword)) continue;
      const { code, path, message } = describe(unit, toPath(unit.instanceLocation));
      const id = `${code}|${path}`;
      if (seen.has(id)) continue;
      seen.add(id);
      issues.push(path === '' ? { code, message } : { code, path, message });
    }
    return issues;
  };
}
