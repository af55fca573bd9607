import { cite } from '../citation.js';
import { daysInMonth, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { readDigits, refuseLength, type DigitFieldSpec } from './digits.js';
import { PROVINCE_CODES, type ProvinceCode } from './provinces.js';
import { IDENTITY_SOURCES } from './sources.js';

/** The fixed facts of the NIK layout PPRRSSDDMMYYXXXX (IDN-01), each with where it comes from. */
export const NIK_RULES = {
  length: 16,
  /** Women's NIKs carry the birth day plus 40 (41–71). */
  femaleDayOffset: 40,
  /**
   * The reference date used to pick the birth century when the caller gives no `asOf`. Core has no clock, so it
   * cannot know today; the birth date is the latest of 19YY / 20YY not after this date. With 2029-12-31, years 00–29
   * read as 2000–2029 and 30–99 as 1930–1999. Pass `asOf` (today, in the office's time zone) to get the exact rule.
   */
  centuryPivot: '2029-12-31' as IsoDate,
  source: IDENTITY_SOURCES.nik,
  centuryPivotSource: cite('Satupintu (interpretasi IDN-01)', 'NIK hanya memuat 2 digit tahun; tanpa asOf dipakai tanggal acuan tetap 2029-12-31'),
} as const;

/** Settings for {@link parseNik}. */
export interface NikOptions {
  /** Today (or the date of the application): the birth date is the latest century's reading not after it. */
  readonly asOf?: IsoDate;
  /** Reference date used when `asOf` is absent; defaults to {@link NIK_RULES}.centuryPivot. */
  readonly centuryPivot?: IsoDate;
  /** Replaces the province table ({@link PROVINCE_CODES}). */
  readonly provinces?: readonly ProvinceCode[];
}

/** A valid NIK, split into its parts. */
export interface Nik {
  /** The 16 digits, separators removed. */
  readonly nik: string;
  /** Two digits, e.g. `35` (Jawa Timur). */
  readonly provinceCode: string;
  readonly provinceName: string;
  /** Four digits PPRR, the regency or city within the province, e.g. `3578` (Kota Surabaya). */
  readonly regencyCode: string;
  /** Six digits PPRRSS, the district (kecamatan) where the NIK was first issued. */
  readonly districtCode: string;
  readonly birthDate: IsoDate;
  /** Whether the birth century was chosen against the caller's `asOf` or against the fixed pivot. */
  readonly birthDateBasis: 'as-of' | 'pivot';
  readonly sex: 'F' | 'M';
  /** The last four digits, 0001–9999. */
  readonly serial: string;
}

const LABEL: LocalizedText = { id: 'NIK', en: 'The NIK' };
const SPEC: DigitFieldSpec = { field: 'nik', label: LABEL, separators: '.-', maxInputLength: 64 };

/**
 * Reads a NIK (Nomor Induk Kependudukan, IDN-01): 16 digits PPRRSSDDMMYYXXXX. Spaces, dots and dashes a person types
 * between groups are dropped. Checks the province against {@link PROVINCE_CODES}, that the regency and district
 * codes are not 00, the birth date (day + 40 for women; 29 February only in leap years) and that the serial is not
 * 0000. A NIK has no check digit, so a well-formed number can still belong to nobody.
 *
 * The year has two digits. The birth date is the latest reading (20YY, else 19YY) that is a real date not after
 * `options.asOf`. Without `asOf` the fixed reference {@link NIK_RULES}.centuryPivot (2029-12-31) is used instead and
 * the result says `birthDateBasis: 'pivot'`; callers that know today should pass it.
 *
 * Codes (all with path `nik`): `nik.required`, `nik.type`, `nik.characters`, `nik.unicode-digits`, `nik.length`,
 * `nik.province`, `nik.regency`, `nik.district`, `nik.birth-date`, `nik.future-birth-date`, `nik.serial`; a bad
 * `asOf` or `centuryPivot` gives `date.invalid` at that option's path.
 *
 * @example
 * ```ts
 * const result = parseNik('3578 01 520890 0003', { asOf: '2026-03-25' });
 * // result.value: { provinceName: 'Jawa Timur', regencyCode: '3578', districtCode: '357801',
 * //                 birthDate: '1990-08-12', sex: 'F', serial: '0003', … }
 * ```
 */
export function parseNik(input: unknown, options: NikOptions = {}): Result<Nik> {
  // Plain-JavaScript callers may pass null; treat it as "no settings" rather than throwing.
  const settings: NikOptions = options ?? {};
  const reference = referenceDate(settings);
  if (!reference.ok) return reference;
  const digits = readDigits(input, SPEC);
  if (!digits.ok) return digits;
  const nik = digits.value;
  if (nik.length !== NIK_RULES.length) return refuseLength('nik', LABEL, '16', nik.length);

  const provinceCode = nik.slice(0, 2);
  const province = (settings.provinces ?? PROVINCE_CODES).find((row) => row.code === provinceCode);
  if (!province) {
    return fail('nik.province', {
      id: `Dua digit pertama NIK (${provinceCode}) bukan kode provinsi yang dikenal.`,
      en: `The first two digits of the NIK (${provinceCode}) are not a known province code.`,
    }, 'nik');
  }
  if (nik.slice(2, 4) === '00') {
    return fail('nik.regency', {
      id: 'Digit ke-3 dan ke-4 NIK (kode kabupaten/kota) tidak boleh 00.',
      en: 'Digits 3–4 of the NIK (the regency or city code) cannot be 00.',
    }, 'nik');
  }
  if (nik.slice(4, 6) === '00') {
    return fail('nik.district', {
      id: 'Digit ke-5 dan ke-6 NIK (kode kecamatan) tidak boleh 00.',
      en: 'Digits 5–6 of the NIK (the district code) cannot be 00.',
    }, 'nik');
  }
  const birth = readBirthDate(nik.slice(6, 12), reference.value.date);
  if (!birth.ok) return birth;
  const serial = nik.slice(12);
  if (serial === '0000') {
    return fail('nik.serial', {
      id: 'Empat digit terakhir NIK (nomor urut) dimulai dari 0001, tidak boleh 0000.',
      en: 'The last four digits of the NIK (the serial number) start at 0001 and cannot be 0000.',
    }, 'nik');
  }
  return ok({
    nik,
    provinceCode,
    provinceName: province.name,
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    birthDate: birth.value.date,
    birthDateBasis: reference.value.basis,
    sex: birth.value.sex,
    serial,
  });
}

function referenceDate(options: NikOptions): Result<{ date: IsoDate; basis: Nik['birthDateBasis'] }> {
  if (options.asOf !== undefined) {
    const asOf = parseIsoDate(options.asOf, 'asOf');
    return asOf.ok ? ok({ date: asOf.value, basis: 'as-of' }) : asOf;
  }
  const pivot = parseIsoDate(options.centuryPivot ?? NIK_RULES.centuryPivot, 'centuryPivot');
  return pivot.ok ? ok({ date: pivot.value, basis: 'pivot' }) : pivot;
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** DDMMYY (day + 40 for women) → the birth date and sex, choosing the century against `reference`. */
function readBirthDate(ddmmyy: string, reference: IsoDate): Result<{ date: IsoDate; sex: Nik['sex'] }> {
  const rawDay = twoDigits(ddmmyy, 0);
  const month = twoDigits(ddmmyy, 2);
  const yy = twoDigits(ddmmyy, 4);
  const sex: Nik['sex'] = rawDay > NIK_RULES.femaleDayOffset ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - NIK_RULES.femaleDayOffset : rawDay;
  let realDate = false;
  if (day >= 1 && month >= 1 && month <= 12) {
    for (const year of [2000 + yy, 1900 + yy]) {
      if (day > daysInMonth(year, month)) continue;
      realDate = true;
      const date = `${year}-${pad2(month)}-${pad2(day)}`;
      if (date <= reference) return ok({ date, sex });
    }
  }
  if (!realDate) {
    return fail('nik.birth-date', {
      id: `Digit ke-7 s.d. ke-12 NIK (${ddmmyy}) bukan tanggal lahir yang sah (HHBBTT; tanggal ditambah 40 untuk perempuan).`,
      en: `Digits 7–12 of the NIK (${ddmmyy}) are not a valid birth date (DDMMYY, with 40 added to the day for women).`,
    }, 'nik');
  }
  return fail('nik.future-birth-date', {
    id: `Tanggal lahir dalam NIK (${ddmmyy}) jatuh setelah ${reference}.`,
    en: `The birth date in the NIK (${ddmmyy}) falls after ${reference}.`,
  }, 'nik');
}
