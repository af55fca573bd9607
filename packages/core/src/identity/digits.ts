import { fail, ok, type LocalizedText, type Result } from '../result.js';

/** How one numeric identifier is read from what a person typed. */
export interface DigitFieldSpec {
  /** Code prefix and field path, e.g. `nik` gives codes `nik.length`, … and path `nik`. */
  readonly field: string;
  /** The identifier's name in messages. */
  readonly label: LocalizedText;
  /** Characters a person may type between digit groups; they are dropped. Spaces are always allowed. */
  readonly separators: string;
  /** Longest input (in UTF-16 units) even looked at: a longer string is refused before it is scanned. */
  readonly maxInputLength: number;
}

/** Spaces people paste: ASCII space, tab, no-break space, narrow no-break space. */
const SPACES = ' \t\u00a0\u202f';
const UNICODE_DIGIT = /^\p{Nd}$/u;

/** Failure for a missing or non-string value, shared by every identifier parser. */
export function refuseNonString(input: unknown, field: string, label: LocalizedText): Result<never> {
  if (input === undefined || input === null || input === '') {
    return fail(`${field}.required`, { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` }, field);
  }
  const numeric = typeof input === 'number' || typeof input === 'bigint';
  return fail(`${field}.type`, {
    id: `${label.id} harus ditulis sebagai teks (bukan ${typeof input})${numeric ? ', agar angka 0 di depan tidak hilang' : ''}.`,
    en: `${label.en} must be given as text (not a ${typeof input})${numeric ? ', so that leading zeros are kept' : ''}.`,
  }, field);
}

/** Failure for input longer than any valid form of the identifier, without echoing it. */
export function refuseTooLong(field: string, label: LocalizedText, max: number): Result<never> {
  return fail(`${field}.length`, {
    id: `${label.id} terlalu panjang (lebih dari ${max} karakter).`,
    en: `${label.en} is far too long (more than ${max} characters).`,
  }, field);
}

/**
 * The ASCII digits of `input` with allowed separators removed. Refuses, with distinct codes under `spec.field`:
 * non-strings (`.type`), missing or blank values (`.required`), inputs over `spec.maxInputLength` (`.length`), digits
 * from other scripts such as Arabic-Indic or full-width (`.unicode-digits`) and any other character (`.characters`).
 * Messages never repeat the input, so a script tag cannot travel into a page through them. One linear pass, no regex
 * over the whole string.
 */
export function readDigits(input: unknown, spec: DigitFieldSpec): Result<string> {
  const { field, label } = spec;
  if (typeof input !== 'string') return refuseNonString(input, field, label);
  if (input.length > spec.maxInputLength) return refuseTooLong(field, label, spec.maxInputLength);
  let digits = '';
  for (const char of input) {
    if (char >= '0' && char <= '9') digits += char;
    else if (SPACES.includes(char) || spec.separators.includes(char)) continue;
    else if (UNICODE_DIGIT.test(char)) {
      return fail(`${field}.unicode-digits`, {
        id: `${label.id} memuat angka dari aksara lain (misalnya angka Arab atau angka lebar penuh): tulis dengan angka 0–9.`,
        en: `${label.en} contains digits from another script (such as Arabic-Indic or full-width digits): use the digits 0–9.`,
      }, field);
    } else {
      return fail(`${field}.characters`, {
        id: `${label.id} hanya boleh berisi angka 0–9${describeSeparators(spec.separators, 'id')}.`,
        en: `${label.en} may contain only the digits 0–9${describeSeparators(spec.separators, 'en')}.`,
      }, field);
    }
  }
  if (digits === '') return refuseNonString('', field, label);
  return ok(digits);
}

function describeSeparators(separators: string, language: 'id' | 'en'): string {
  const shown = [...separators].map((char) => `"${char}"`).join(' ');
  if (language === 'id') return shown === '' ? ' dan spasi' : `, spasi, dan pemisah ${shown}`;
  return shown === '' ? ' and spaces' : `, spaces and the separators ${shown}`;
}

/** Failure for a digit string of the wrong length. */
export function refuseLength(field: string, label: LocalizedText, expected: string | LocalizedText, found: number): Result<never> {
  const counts = typeof expected === 'string' ? { id: expected, en: expected } : expected;
  return fail(`${field}.length`, {
    id: `${label.id} terdiri atas ${counts.id} digit; yang diisi ${found} digit.`,
    en: `${label.en} has ${counts.en} digits; ${found} were given.`,
  }, field);
}
