import type { Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { readDigits, refuseNonString, refuseTooLong, type DigitFieldSpec } from './digits.js';
import { IDENTITY_SOURCES } from './sources.js';

/** The kinds of Indonesian numbers told apart by their leading digits. */
export type PhoneKind = 'mobile' | 'fixed-line' | 'toll-free' | 'shared-cost' | 'premium-rate' | 'universal-access';

/**
 * One Indonesian number range: national significant numbers (without the trunk 0) that start with one of
 * `prefixes` and have `minLength`–`maxLength` digits.
 */
export interface PhoneRange {
  readonly kind: PhoneKind;
  readonly prefixes: readonly string[];
  readonly minLength: number;
  readonly maxLength: number;
  readonly source: Citation;
}

function range(kind: PhoneKind, prefixes: readonly string[], minLength: number, maxLength: number): PhoneRange {
  return { kind, prefixes, minLength, maxLength, source: IDENTITY_SOURCES.phone };
}

/**
 * Indonesia's number ranges (lengths of the national significant number, i.e. without 0 or +62). Mobile numbers are
 * 08 followed by 1–3 or 5–9 (0811 …, 0821 …, 0831 …, 0851 …, 0877 …, 0881 …, 0895 …; no operator holds 084), 9–12
 * digits after the 0. Fixed lines start with an area code (021 Jakarta, 031 Surabaya, 0361 Denpasar …), 7–11 digits.
 * 0800 is toll-free, 0804 shared-cost, 0809 premium-rate, 08071 universal access numbers. The longest matching prefix
 * wins. A municipality can pass its own table to `parsePhone`.
 */
export const PHONE_RANGES: readonly PhoneRange[] = [
  range('mobile', ['81', '82', '83', '85', '86', '87', '88', '89'], 9, 12),
  range('toll-free', ['800'], 8, 10),
  range('shared-cost', ['804'], 10, 10),
  range('universal-access', ['8071'], 10, 10),
  range('premium-rate', ['809'], 10, 10),
  range('fixed-line', ['2', '3', '4', '5', '6', '7', '9'], 7, 11),
];

/** The facts of Indonesian number notation (IDN-04). */
export const PHONE_RULES = {
  countryCode: '62',
  trunkPrefix: '0',
  source: IDENTITY_SOURCES.phone,
} as const;

/** Settings for {@link parsePhone}. */
export interface PhoneOptions {
  /** Accept only these kinds, e.g. `['mobile']` where an SMS must reach the applicant (ACC-01). */
  readonly kinds?: readonly PhoneKind[];
  /** Replaces the range table ({@link PHONE_RANGES}). */
  readonly ranges?: readonly PhoneRange[];
}

/** A valid Indonesian phone number. */
export interface PhoneNumber {
  /** E.164: `+62` and the national significant number, e.g. `+6281234567890`. */
  readonly e164: string;
  /** As dialled inside Indonesia, with the trunk 0, e.g. `081234567890`. */
  readonly national: string;
  readonly kind: PhoneKind;
}

const LABEL: LocalizedText = { id: 'Nomor telepon', en: 'The phone number' };
const MAX_INPUT = 40;
const SPEC: DigitFieldSpec = { field: 'phone', label: LABEL, separators: '-().', maxInputLength: MAX_INPUT };

/**
 * Reads an Indonesian phone number (IDN-04) and gives it in E.164. Accepted: the national form with the trunk 0
 * (`0812-3456-7890`, `(021) 555 1234`), the international form `+62 812 3456 7890` (a stray trunk 0 after +62, as in
 * `+62 (0)812…`, is dropped) and the same digits with `62` and no plus. Spaces, dashes, dots and parentheses are
 * dropped. The number must fall in a range of {@link PHONE_RANGES} with a possible length for that range; its kind
 * (mobile, fixed line, …) is returned and can be restricted with `options.kinds`.
 *
 * Note: a number typed without 0 or 62 (e.g. `812…`) is refused rather than guessed, and 62 at the start is always
 * read as the country code (an area code 062x must be written with its 0).
 *
 * Codes (path `phone`): `phone.required`, `phone.type`, `phone.characters`, `phone.unicode-digits`, `phone.length`,
 * `phone.country`, `phone.prefix`, `phone.range`, `phone.kind`.
 *
 * @example
 * ```ts
 * parsePhone('0812-3456-7890'); // → ok({ e164: '+6281234567890', national: '081234567890', kind: 'mobile' })
 * parsePhone('(021) 5550 1234', { kinds: ['mobile'] }); // → fail: phone.kind
 * ```
 */
export function parsePhone(input: unknown, options: PhoneOptions = {}): Result<PhoneNumber> {
  // Plain-JavaScript callers may pass null; treat it as "no settings" rather than throwing.
  const settings: PhoneOptions = options ?? {};
  if (typeof input !== 'string') return refuseNonString(input, 'phone', LABEL);
  if (input.length > MAX_INPUT) return refuseTooLong('phone', LABEL, MAX_INPUT);
  const trimmed = input.trim();
  const international = trimmed.startsWith('+');
  const digits = readDigits(international ? trimmed.slice(1) : trimmed, SPEC);
  if (!digits.ok) return digits;
  const nsn = nationalSignificantNumber(digits.value, international);
  if (!nsn.ok) return nsn;

  const found = longestMatch(settings.ranges ?? PHONE_RANGES, nsn.value);
  if (!found) {
    return fail('phone.range', {
      id: `Nomor yang diawali 0${nsn.value.slice(0, 3)} tidak termasuk rentang nomor telepon Indonesia yang dipakai.`,
      en: `Numbers starting 0${nsn.value.slice(0, 3)} are not in a range of Indonesian phone numbers in use.`,
    }, 'phone');
  }
  const length = nsn.value.length;
  if (length < found.minLength || length > found.maxLength) {
    const span = found.minLength === found.maxLength ? `${found.minLength + 1}` : `${found.minLength + 1}–${found.maxLength + 1}`;
    return fail('phone.length', {
      id: `Nomor ${KIND_NAMES[found.kind].id} terdiri atas ${span} digit termasuk angka 0 di depan; yang diisi ${length + 1} digit.`,
      en: `A ${KIND_NAMES[found.kind].en} number has ${span} digits including the leading 0; ${length + 1} were given.`,
    }, 'phone');
  }
  if (settings.kinds && !settings.kinds.includes(found.kind)) {
    const wanted = settings.kinds.map((kind) => KIND_NAMES[kind] ?? { id: String(kind), en: String(kind) });
    return fail('phone.kind', {
      id: `Diperlukan nomor ${wanted.map((name) => name.id).join(' atau ')}; ini nomor ${KIND_NAMES[found.kind].id}.`,
      en: `A ${wanted.map((name) => name.en).join(' or ')} number is needed; this is a ${KIND_NAMES[found.kind].en} number.`,
    }, 'phone');
  }
  return ok({ e164: `+${PHONE_RULES.countryCode}${nsn.value}`, national: `${PHONE_RULES.trunkPrefix}${nsn.value}`, kind: found.kind });
}

const KIND_NAMES: Record<PhoneKind, LocalizedText> = {
  'mobile': { id: 'seluler', en: 'mobile' },
  'fixed-line': { id: 'telepon tetap', en: 'fixed-line' },
  'toll-free': { id: 'bebas pulsa', en: 'toll-free' },
  'shared-cost': { id: 'biaya bersama', en: 'shared-cost' },
  'premium-rate': { id: 'premium', en: 'premium-rate' },
  'universal-access': { id: 'akses universal', en: 'universal access' },
};

/** Strips the country code or trunk prefix: what is left is the national significant number. */
function nationalSignificantNumber(digits: string, international: boolean): Result<string> {
  const { countryCode, trunkPrefix } = PHONE_RULES;
  let rest: string;
  if (digits.startsWith(countryCode)) rest = digits.slice(countryCode.length);
  else if (international) {
    return fail('phone.country', {
      id: 'Hanya nomor Indonesia (+62) yang diterima.',
      en: 'Only Indonesian numbers (+62) are accepted.',
    }, 'phone');
  } else if (digits.startsWith(trunkPrefix)) return nonZeroStart(digits.slice(1));
  else return refusePrefix();
  // "+62 (0)812…": people often keep the trunk 0 after the country code.
  return nonZeroStart(rest.startsWith(trunkPrefix) ? rest.slice(1) : rest);
}

function nonZeroStart(nsn: string): Result<string> {
  return nsn === '' || nsn.startsWith('0') ? refusePrefix() : ok(nsn);
}

function refusePrefix(): Result<never> {
  return fail('phone.prefix', {
    id: 'Tulis nomor dengan awalan 0 (misalnya 0812…) atau +62 (misalnya +62 812…).',
    en: 'Write the number with the prefix 0 (e.g. 0812…) or +62 (e.g. +62 812…).',
  }, 'phone');
}

function longestMatch(ranges: readonly PhoneRange[], nsn: string): PhoneRange | undefined {
  let best: PhoneRange | undefined;
  let bestLength = 0;
  for (const candidate of ranges) {
    for (const prefix of candidate.prefixes) {
      if (prefix.length > bestLength && nsn.startsWith(prefix)) {
        best = candidate;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}
