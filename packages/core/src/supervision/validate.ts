// Field readers shared by the supervision module: each refuses bad input with a code, a path and a bilingual message.
import { SatupintuError, fail, ok, type Failure, type LocalizedText, type Result } from '../result.js';
import { parseIsoDate, type IsoDate } from '../calendar/index.js';

/** A failed result for one field. */
export function refuse(code: string, path: string, id: string, en: string): Failure {
  return fail(code, { id, en }, path);
}

/** Reads one of a fixed set of string values; anything else fails with `code`. */
export function readChoice<T extends string>(value: unknown, choices: readonly T[], code: string, path: string, what: LocalizedText): Result<T> {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return ok(value as T);
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  return refuse(code, path, `${what.id} tidak dikenal (${shown}); pilihan: ${choices.join(', ')}.`,
    `Unknown ${what.en} (${shown}); expected one of: ${choices.join(', ')}.`);
}

/** Like {@link readChoice} for an optional field: `undefined` stays `undefined`. */
export function readOptionalChoice<T extends string>(value: unknown, choices: readonly T[], code: string, path: string, what: LocalizedText): Result<T | undefined> {
  return value === undefined ? ok(undefined) : readChoice(value, choices, code, path, what);
}

// Control characters and angle brackets: a name or id never needs them, markup injected into a page does.
// One pass, no allocation (no trim()): large plans read hundreds of thousands of these.
type TextCheck = 'ok' | 'blank' | 'unsafe';

function checkText(text: string, multiline: boolean): TextCheck {
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (multiline && (code === 0x0a || code === 0x0d || code === 0x09)) continue;
    if (code < 0x20 || code === 0x7f || code === 0x3c || code === 0x3e) return 'unsafe';
    if (blank && code !== 0x20 && code !== 0xa0 && !(code >= 0x2000 && code <= 0x200a) && code !== 0x3000) blank = false;
  }
  return blank ? 'blank' : 'ok';
}

/** Whether {@link readText} would accept `value` (a test that allocates nothing, for large inputs). */
export function isText(value: unknown, maxLength = 200, multiline = false): value is string {
  return typeof value === 'string' && value.length <= maxLength && checkText(value, multiline) === 'ok';
}

/** Whether {@link readRupiah} would accept `value`. */
export function isRupiah(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Reads an identifier, a name or (with `multiline`, which allows line breaks and tabs) a note: a non-empty string of
 * at most `maxLength` characters without control characters or markup brackets.
 */
export function readText(value: unknown, path: string, maxLength = 200, multiline = false): Result<string> {
  if (isText(value, maxLength, multiline)) return ok(value);
  const check = typeof value === 'string' ? checkText(value, multiline) : 'blank';
  if (check === 'blank') {
    return refuse('supervision.text-missing', path, 'Isian teks wajib diisi.', 'This text field is required.');
  }
  if (typeof value === 'string' && value.length > maxLength) {
    return refuse('supervision.text-too-long', path, `Teks lebih dari ${maxLength} karakter.`, `The text is longer than ${maxLength} characters.`);
  }
  return refuse('supervision.text-unsafe', path, 'Teks memuat karakter kendali atau tanda < >.', 'The text contains control characters or < >.');
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('supervision.object-expected', path, 'Harus berupa objek.', 'Must be an object.');
  }
  return ok(value as Record<string, unknown>);
}

/** Reads an array with at least `minLength` items. */
export function readArray(value: unknown, path: string, minLength = 0): Result<readonly unknown[]> {
  if (!Array.isArray(value) || value.length < minLength) {
    return refuse('supervision.list-invalid', path, minLength > 0 ? `Harus daftar berisi paling sedikit ${minLength} butir.` : 'Harus berupa daftar.',
      minLength > 0 ? `Must be a list of at least ${minLength} item(s).` : 'Must be a list.');
  }
  return ok(value);
}

/**
 * Runs calendar arithmetic and turns the {@link SatupintuError} a {@link WorkCalendar} throws (a date outside its
 * holiday table, `calendar.out-of-range`) into a failed result, so Result-returning APIs never throw.
 */
export function guardCalendar<T>(compute: () => Result<T>): Result<T> {
  try {
    return compute();
  } catch (error) {
    if (error instanceof SatupintuError) return { ok: false, error: error.toJSON() };
    throw error;
  }
}
