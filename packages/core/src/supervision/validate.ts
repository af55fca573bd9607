// Field readers shared by the supervision module: each refuses bad input with a code, a path and a bilingual message.
import { isRecord } from '../is-record.js';
import { fail, ok, type Failure, type Result } from '../result.js';
import { checkText, type TextCodes } from '../text-input.js';
import { parseIsoDate, type IsoDate } from '../calendar/index.js';

/** A failed result for one field. */
export function refuse(code: string, path: string, id: string, en: string): Failure {
  return fail(code, { id, en }, path);
}

// Supervision fields keep the codes the module published.
const TEXT_CODES: TextCodes = { required: 'supervision.text-missing', tooLong: 'supervision.text-too-long', unsafe: 'supervision.text-unsafe' };

/** Whether {@link readRupiah} would accept `value`. */
export function isRupiah(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Reads an identifier, a name or (with `multiline`, which allows line breaks and tabs) a note: a non-empty string of
 * at most `maxLength` characters without control characters, markup or script URLs.
 */
export function readText(value: unknown, path: string, maxLength = 200, multiline = false): Result<string> {
  return checkText(value, path, { maxLength, multiline, codes: TEXT_CODES });
}

/** Reads a whole number in [min, max]. */
export function readWholeNumber(value: unknown, path: string, min: number, max: number): Result<number> {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    return refuse('supervision.number-invalid', path, `Harus bilangan bulat dari ${min} sampai ${max}.`, `Must be a whole number from ${min} to ${max}.`);
  }
  return ok(value);
}

/** Reads an amount of integer rupiah, 0 up to Number.MAX_SAFE_INTEGER. */
export function readRupiah(value: unknown, path: string): Result<number> {
  if (!isRupiah(value)) {
    return refuse('supervision.rupiah-invalid', path, 'Nilai rupiah harus bilangan bulat tidak negatif.', 'A rupiah amount must be a non-negative whole number.');
  }
  return ok(value);
}

/** Reads `true` or `false`. */
export function readBoolean(value: unknown, path: string): Result<boolean> {
  if (typeof value !== 'boolean') {
    return refuse('supervision.boolean-invalid', path, 'Harus bernilai true atau false.', 'Must be true or false.');
  }
  return ok(value);
}

/** Reads an ISO date (`YYYY-MM-DD`). */
export function readDate(value: unknown, path: string): Result<IsoDate> {
  return parseIsoDate(value, path);
}

/** Reads a plain object (not null, not an array). */
export function readObject(value: unknown, path: string): Result<Record<string, unknown>> {
  return isRecord(value) ? ok(value) : refuse('supervision.object-expected', path, 'Harus berupa objek.', 'Must be an object.');
}

/** Reads an array with at least `minLength` items. */
export function readArray(value: unknown, path: string, minLength = 0): Result<readonly unknown[]> {
  if (!Array.isArray(value) || value.length < minLength) {
    return refuse('supervision.list-invalid', path, minLength > 0 ? `Harus daftar berisi paling sedikit ${minLength} butir.` : 'Harus berupa daftar.',
      minLength > 0 ? `Must be a list of at least ${minLength} item(s).` : 'Must be a list.');
  }
  return ok(value);
}
