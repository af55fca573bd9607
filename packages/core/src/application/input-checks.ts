import { fail, ok, type LocalizedText, type Result } from '../result.js';

// Markup and control characters are refused, not escaped: nothing stored in an application can turn into script
// in a portal that forgets to escape it.
const SCRIPT_LIKE = /[<>]|javascript:|data:text\/html/iu;

function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code < 32 && char !== '\t' && char !== '\n' && char !== '\r') || code === 127) return true;
  }
  return false;
}

/** A non-blank string of at most `max` characters without markup or control characters. */
export function checkText(value: unknown, path: string, max = 500): Result<string> {
  if (typeof value !== 'string' || value.trim() === '') {
    return fail('application.text-required', { id: 'Isian ini wajib diisi dengan teks.', en: 'This field must be filled in with text.' }, path);
  }
  if (value.length > max) {
    return fail('application.text-too-long', { id: `Isian ini paling banyak ${max} karakter.`, en: `This field takes at most ${max} characters.` }, path);
  }
  if (SCRIPT_LIKE.test(value) || hasControlCharacter(value)) {
    return fail('application.text-unsafe', {
      id: 'Isian ini memuat tanda < >, skrip atau karakter kendali yang tidak diperbolehkan.',
      en: 'This field contains < >, script or control characters, which are not allowed.',
    }, path);
  }
  return ok(value);
}

/** Absent, or a text that passes {@link checkText}. */
export function checkOptionalText(value: unknown, path: string, max = 500): Result<string | undefined> {
  return value === undefined ? ok(undefined) : checkText(value, path, max);
}

/** A whole number in [min, max] (a safe integer). */
export function checkInteger(value: unknown, path: string, what: LocalizedText, min = 0, max = Number.MAX_SAFE_INTEGER): Result<number> {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return ok(value);
  return fail('application.number-invalid', {
    id: `${what.id} harus bilangan bulat antara ${min} dan ${max}.`,
    en: `${what.en} must be a whole number from ${min} to ${max}.`,
  }, path);
}

/** One of `allowed`, naming them all when it is not. */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], path: string, what: LocalizedText): Result<T> {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return ok(value as T);
  return fail('application.choice-invalid', {
    id: `${what.id} tidak dikenal; pilihan: ${allowed.join(', ')}.`,
    en: `Unknown ${what.en}; choose one of: ${allowed.join(', ')}.`,
  }, path);
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses a value that is not a plain object. */
export function checkRecord(value: unknown, path: string): Result<Record<string, unknown>> {
  return isRecord(value)
    ? ok(value)
    : fail('application.object-required', { id: 'Isian ini harus berupa objek.', en: 'This field must be an object.' }, path);
}
