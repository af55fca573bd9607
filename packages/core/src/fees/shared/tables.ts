import type { LocalizedText, SpError } from '../../result.js';
import { isRecord } from '../../is-record.js';
import { issue } from '../../issues.js';
import { checkNumber, checkText, joinPath, numberRule } from './input.js';

/** A table row that applies up to `upTo` (inclusive by default); the last row of a table is open (no `upTo`). */
export interface Bracket {
  readonly upTo?: number;
}

/**
 * The index of the row whose bracket holds `value`: the first with `value ≤ upTo` (or `value < upTo` when the
 * upper bounds are exclusive), else the open last row.
 */
export function bracketIndex(rows: readonly Bracket[], value: number, upperBoundInclusive: boolean): number {
  const last = rows.length - 1;
  for (let i = 0; i < last; i++) {
    const upTo = (rows[i] as Bracket).upTo as number;
    if (upperBoundInclusive ? value <= upTo : value < upTo) return i;
  }
  return last;
}

const SETTING = { id: 'Setelan', en: 'Setting' } as const;
const RATE = numberRule({ code: 'fee.setting-invalid', what: SETTING, integer: true });
const POSITIVE = numberRule({ code: 'fee.setting-invalid', what: SETTING, positive: true });
const POSITIVE_WHOLE = numberRule({ code: 'fee.setting-invalid', what: SETTING, positive: true, integer: true });

/** The error for a setting that is absent but required. */
export function missingSetting(path: string, what: LocalizedText): SpError {
  return issue('fee.setting-missing', path,
    `Setelan ${what.id} belum ditetapkan oleh pemerintah kota; tetapkan ${path}.`,
    `The setting ${what.en} has not been set by the municipality; set ${path}.`);
}

/** The error for a setting whose value is not acceptable. */
export function invalidSetting(path: string, id: string, en: string): SpError {
  return issue('fee.setting-invalid', path, `Setelan ${path} tidak valid: ${id}`, `The setting ${path} is invalid: ${en}`);
}

/** A rate or fee in a table: whole rupiah, ≥ 0, a safe integer. */
export function checkRate(value: unknown, path: string): SpError | undefined {
  return checkNumber(value, path, RATE);
}

/** A positive measure in a table (an area bound, a block size). */
export function checkPositive(value: unknown, path: string, integer = false): SpError | undefined {
  return checkNumber(value, path, integer ? POSITIVE_WHOLE : POSITIVE);
}

/** A citation: `{ regulation, article }`, both non-empty texts. */
export function checkCitation(value: unknown, path: string): SpError | undefined {
  if (!isRecord(value)) return invalidSetting(path, 'sumber harus { regulation, article }.', 'the source must be { regulation, article }.');
  return checkText(value.regulation, joinPath(path, 'regulation'), { id: 'Peraturan', en: 'Regulation' })
    ?? checkText(value.article, joinPath(path, 'article'), { id: 'Pasal', en: 'Article' });
}

/** A text for people in both languages: `{ id, en }`. */
export function checkLabel(value: unknown, path: string): SpError | undefined {
  if (!isRecord(value)) return invalidSetting(path, 'label harus { id, en }.', 'the label must be { id, en }.');
  return checkText(value.id, joinPath(path, 'id'), { id: 'Label', en: 'Label' })
    ?? checkText(value.en, joinPath(path, 'en'), { id: 'Label', en: 'Label' });
}

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A row key (a use, an item): lower-case letters, digits and hyphens, at most 40 characters. */
export function checkKey(value: unknown, path: string): SpError | undefined {
  return typeof value === 'string' && KEY.test(value) ? undefined
    : invalidSetting(path, 'kunci harus huruf kecil, angka dan tanda hubung (paling panjang 40).',
      'the key must be lower-case letters, digits and hyphens (at most 40).');
}

/** A table: a non-empty array whose rows each pass `checkRow`, and whose `key` values (when given) are unique. */
export function checkTable(value: unknown, path: string, checkRow: (row: Readonly<Record<string, unknown>>, path: string) => SpError | undefined,
  key?: string): SpError | undefined {
  if (!Array.isArray(value) || value.length === 0) return invalidSetting(path, 'tabel harus daftar yang tidak kosong.', 'the table must be a non-empty list.');
  const seen = new Set<unknown>();
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const rowPath = joinPath(path, i);
    if (!isRecord(row)) return invalidSetting(rowPath, 'baris tabel harus objek.', 'a table row must be an object.');
    const error = checkRow(row, rowPath);
    if (error) return error;
    if (key !== undefined) {
      if (seen.has(row[key])) return invalidSetting(joinPath(rowPath, key), 'kunci ganda.', 'duplicate key.');
      seen.add(row[key]);
    }
  }
  return undefined;
}

/** Bracket bounds: every row but the last has an `upTo` (a whole number when `integer`), strictly increasing; the last has none. */
export function checkBrackets(rows: readonly object[], path: string, integer = false): SpError | undefined {
  const key = 'upTo';
  let previous = 0;
  for (let i = 0; i < rows.length; i++) {
    const bound = (rows[i] as Readonly<Record<string, unknown>>)[key];
    const boundPath = joinPath(joinPath(path, i), key);
    if (i === rows.length - 1) {
      if (bound !== undefined) return invalidSetting(boundPath, 'baris terakhir tidak memiliki batas atas (terbuka).', 'the last row has no upper bound (it is open).');
      break;
    }
    const error = checkPositive(bound, boundPath, integer);
    if (error) return error;
    if ((bound as number) <= previous) return invalidSetting(boundPath, 'batas atas harus naik.', 'upper bounds must increase.');
    previous = bound as number;
  }
  return undefined;
}

/** A coefficient such as 1.50: positive with at most two decimals; returns it in hundredths (150) or the error. */
export function hundredthsOf(value: unknown, path: string): number | SpError {
  const error = checkPositive(value, path);
  if (error) return error;
  const hundredths = Math.round((value as number) * 100);
  if (Math.abs(hundredths - (value as number) * 100) > 1e-6 || !Number.isSafeInteger(hundredths)) {
    return invalidSetting(path, 'koefisien paling banyak 2 angka di belakang koma.', 'a coefficient has at most 2 decimal places.');
  }
  return hundredths;
}

/** One of a fixed set of string options. */
export function checkOption<T extends string>(value: unknown, options: readonly T[], path: string): SpError | undefined {
  return options.includes(value as T) ? undefined
    : invalidSetting(path, `pilih salah satu: ${options.join(', ')}.`, `choose one of: ${options.join(', ')}.`);
}

/** Rows plus their source citation and label checks, shared by every tariff-like table. */
export function checkSourcedRow(row: Readonly<Record<string, unknown>>, path: string, withLabel: boolean): SpError | undefined {
  return checkCitation(row.source, joinPath(path, 'source')) ?? (withLabel ? checkLabel(row.label, joinPath(path, 'label')) : undefined);
}


/** A yes/no setting. */
export function checkBoolean(value: unknown, path: string): SpError | undefined {
  return typeof value === 'boolean' ? undefined : invalidSetting(path, 'harus true atau false.', 'must be true or false.');
}
