import { fail, ok, type Result } from '../result.js';

// Markup, script URLs and control characters never belong in a name, an officer id or a note: they are refused
// rather than escaped, so nothing stored here can turn into script in a portal that forgets to escape it.
const SCRIPT_LIKE = /[<>]|javascript:|vbscript:|data:text\/html/iu;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

/**
 * Checks a free-text field (an id, an officer, a note): a string that is not blank, at most `maxLength` characters,
 * with no markup. Codes: `text.required`, `text.too-long`, `text.unsafe`.
 */
export function parseText(value: unknown, path: string, maxLength = 200): Result<string> {
  if (typeof value !== 'string' || value.trim() === '') {
    return fail('text.required', { id: 'Isian ini wajib diisi dengan teks.', en: 'This field must be filled in with text.' }, path);
  }
  if (value.length > maxLength) {
    return fail('text.too-long', {
      id: `Isian ini paling banyak ${maxLength} karakter.`,
      en: `This field takes at most ${maxLength} characters.`,
    }, path);
  }
  if (SCRIPT_LIKE.test(value) || hasControlCharacter(value)) {
    return fail('text.unsafe', {
      id: 'Isian ini memuat tanda < >, skrip atau karakter kendali yang tidak diperbolehkan.',
      en: 'This field contains < >, script or control characters, which are not allowed.',
    }, path);
  }
  return ok(value);
}

/** Checks an optional free-text field: absent is fine, present must pass {@link parseText}. */
export function parseOptionalText(value: unknown, path: string, maxLength = 2000): Result<string | undefined> {
  return value === undefined ? ok(undefined) : parseText(value, path, maxLength);
}

/** Checks that `value` is one of `allowed`, naming them all in the message when it is not. */
export function parseChoice<T extends string>(value: unknown, allowed: readonly T[], path: string, code: string, what: { id: string; en: string }): Result<T> {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return ok(value as T);
  const list = allowed.join(', ');
  return fail(code, {
    id: `${what.id} tidak dikenal; pilihan: ${list}.`,
    en: `Unknown ${what.en}; choose one of: ${list}.`,
  }, path);
}
