import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { readDigits, refuseLength, type DigitFieldSpec } from './digits.js';
import { passesLuhn } from './luhn.js';
import { parseNik, type Nik } from './nik.js';
import { IDENTITY_SOURCES } from './sources.js';

/** The facts of the NPWP forms (IDN-02), each with where it comes from. */
export const NPWP_RULES = {
  /** Old form 99.999.999.9-999.999; the 9th digit is a Luhn check digit over the first nine. */
  oldLength: 15,
  /** New form: a resident's NIK, or 0 followed by the old 15 digits. */
  newLength: 16,
  /** NITKU: the 16-digit NPWP followed by 6 digits for the place of business; 000000 is the head office. */
  nitkuLength: 22,
  headOfficePlace: '000000',
  headOfficeBranch: '000',
  source: IDENTITY_SOURCES.npwp,
  oldFormSource: IDENTITY_SOURCES.npwpOld,
} as const;

/** The form an NPWP was written in. */
export type NpwpForm = 'npwp15' | 'npwp16' | 'nik' | 'nitku';

/** The parts of an NPWP built on the old 15-digit layout TT.SSS.SSS.C-KKK.BBB. */
export interface NpwpOldStructure {
  /** Two digits: the kind of taxpayer (e.g. 01–03 business entities, 07–09 individuals, 00 treasurers). */
  readonly taxpayerType: string;
  /** Six digits: the taxpayer's serial number. */
  readonly serial: string;
  /** One digit: the Luhn check digit over the first nine. */
  readonly checkDigit: string;
  /** Three digits: the tax office (KPP) that registered it. */
  readonly taxOffice: string;
  /** Three digits: the branch; 000 is the head office. */
  readonly branch: string;
}

/** A valid NPWP, normalised to the 16-digit form. */
export interface Npwp {
  /** The 16-digit NPWP (a NIK, or 0 + the old 15 digits). */
  readonly npwp: string;
  /** How it is shown: the dotted 99.999.999.9-999.999 for the old form, the plain digits for the new forms. */
  readonly display: string;
  /** The form it was given in. */
  readonly form: NpwpForm;
  /** Whether the 16 digits are a person's NIK or the old layout with a leading 0. */
  readonly basis: 'nik' | 'old-structure';
  /** The old layout's parts, when `basis` is `old-structure`. */
  readonly oldStructure?: NpwpOldStructure;
  /** The NIK's parts, when `basis` is `nik` (birth century read against the fixed pivot of `parseNik`). */
  readonly nik?: Nik;
  /** The 22-digit NITKU, when one was given. */
  readonly nitku?: string;
  /** The NITKU's last six digits, the place of business. */
  readonly place?: string;
  /** False only for a branch: an old-form branch code other than 000 or a NITKU place other than 000000. */
  readonly headOffice: boolean;
}

const LABEL: LocalizedText = { id: 'NPWP', en: 'The NPWP' };
const SPEC: DigitFieldSpec = { field: 'npwp', label: LABEL, separators: '.-', maxInputLength: 64 };
const EXPECTED_LENGTHS: LocalizedText = { id: '15, 16, atau 22 (NITKU)', en: '15, 16 or 22 (NITKU)' };

/**
 * Reads an NPWP (taxpayer number, IDN-02) in any of its forms and normalises it to 16 digits:
 * - the old 15 digits, with or without the punctuation 99.999.999.9-999.999 (the 9th digit must pass the Luhn check
 *   over the first nine; the placeholder 00.000.000.0-000.000 is refused);
 * - the new 16 digits of PMK 112/2022: 0 + the old 15 (same check), or a person's NIK (checked with `parseNik`);
 * - a 22-digit NITKU: a 16-digit NPWP + 6 digits for the place of business (000000 = head office).
 * An old-form branch number (branch code ≠ 000) normalises to 0 + its own 15 digits: the branch's NITKU cannot be
 * derived from it.
 *
 * Codes (path `npwp`): `npwp.required`, `npwp.type`, `npwp.characters`, `npwp.unicode-digits`, `npwp.length`,
 * `npwp.placeholder`, `npwp.check-digit`, `npwp.nik-invalid` (the NIK's own error is in `issues`).
 *
 * @example
 * ```ts
 * parseNpwp('01.312.166.0-091.000');
 * // → ok: { npwp: '0013121660091000', form: 'npwp15', display: '01.312.166.0-091.000', headOffice: true, … }
 * ```
 */
export function parseNpwp(input: unknown): Result<Npwp> {
  const digits = readDigits(input, SPEC);
  if (!digits.ok) return digits;
  const value = digits.value;
  if (value.length === NPWP_RULES.oldLength) return fromSixteen(`0${value}`, 'npwp15', dottedOldForm(value));
  if (value.length === NPWP_RULES.newLength) return fromSixteen(value, value.startsWith('0') ? 'npwp16' : 'nik', value);
  if (value.length === NPWP_RULES.nitkuLength) {
    const base = fromSixteen(value.slice(0, NPWP_RULES.newLength), 'nitku', value);
    if (!base.ok) return base;
    const place = value.slice(NPWP_RULES.newLength);
    return ok({ ...base.value, nitku: value, place, headOffice: place === NPWP_RULES.headOfficePlace });
  }
  return refuseLength('npwp', LABEL, EXPECTED_LENGTHS, value.length);
}

/** How {@link formatNpwp} writes a number: as given, as the new 16 digits, or in the old dotted 15-digit form. */
export type NpwpStyle = 'given' | 'npwp16' | 'npwp15';

/**
 * Writes an NPWP (any form {@link parseNpwp} accepts) in a chosen style: `given` (default) keeps its form with the
 * standard punctuation, `npwp16` gives the 16 digits (for a NITKU: the taxpayer's NPWP without the place), `npwp15`
 * the old dotted form, which exists only for numbers built on the old layout (`npwp.no-old-form` for a NIK).
 *
 * @example
 * ```ts
 * formatNpwp('013121660091000');            // → ok('01.312.166.0-091.000')
 * formatNpwp('013121660091000', 'npwp16');  // → ok('0013121660091000')
 * ```
 */
export function formatNpwp(input: unknown, style: NpwpStyle = 'given'): Result<string> {
  const parsed = parseNpwp(input);
  if (!parsed.ok) return parsed;
  const npwp = parsed.value;
  if (style === 'npwp16') return ok(npwp.npwp);
  if (style === 'given') return ok(npwp.display);
  if (npwp.basis === 'old-structure') return ok(dottedOldForm(npwp.npwp.slice(1)));
  return fail('npwp.no-old-form', {
    id: 'NPWP ini adalah NIK dan tidak memiliki bentuk lama 15 digit.',
    en: 'This NPWP is a NIK and has no old 15-digit form.',
  }, 'npwp');
}

function dottedOldForm(d: string): string {
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
}

/** Checks a 16-digit NPWP and describes it; `display` is how the caller's form is shown. */
function fromSixteen(npwp: string, form: NpwpForm, display: string): Result<Npwp> {
  if (!npwp.startsWith('0')) {
    const nik = parseNik(npwp);
    if (!nik.ok) {
      return {
        ok: false,
        error: {
          code: 'npwp.nik-invalid',
          path: 'npwp',
          message: {
            id: `NPWP 16 digit yang tidak diawali 0 adalah NIK, tetapi NIK ini tidak sah: ${nik.error.message.id}`,
            en: `A 16-digit NPWP that does not start with 0 is a NIK, and this NIK is not valid: ${nik.error.message.en}`,
          },
          issues: [{ ...nik.error, path: 'npwp' }],
        },
      };
    }
    return ok({ npwp, display, form, basis: 'nik', nik: nik.value, headOffice: true });
  }
  const old = npwp.slice(1);
  if (/^0{9}/.test(old)) {
    return fail('npwp.placeholder', {
      id: 'NPWP 00.000.000.0-000.000 adalah nomor pengganti bagi yang tidak punya NPWP, bukan NPWP.',
      en: 'The NPWP 00.000.000.0-000.000 is the stand-in used for people without one; it is not an NPWP.',
    }, 'npwp');
  }
  if (!passesLuhn(old.slice(0, 9))) {
    return fail('npwp.check-digit', {
      id: 'Digit ke-9 NPWP (digit pengaman) tidak cocok dengan 8 digit sebelumnya: periksa kembali nomornya.',
      en: 'Digit 9 of the NPWP (the check digit) does not match the 8 digits before it: please check the number.',
    }, 'npwp');
  }
  const oldStructure: NpwpOldStructure = {
    taxpayerType: old.slice(0, 2),
    serial: old.slice(2, 8),
    checkDigit: old.slice(8, 9),
    taxOffice: old.slice(9, 12),
    branch: old.slice(12, 15),
  };
  return ok({
    npwp, display, form, basis: 'old-structure', oldStructure,
    headOffice: oldStructure.branch === NPWP_RULES.headOfficeBranch,
  });
}
