import type { Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { readDigits, refuseLength, type DigitFieldSpec } from './digits.js';
import { IDENTITY_SOURCES } from './sources.js';

/** A KBLI category (kategori, one letter) and the two-digit divisions (golongan pokok) it spans. */
export interface KbliCategory {
  readonly category: string;
  readonly firstDivision: number;
  readonly lastDivision: number;
  readonly source: Citation;
}

function category(letter: string, firstDivision: number, lastDivision: number): KbliCategory {
  return { category: letter, firstDivision, lastDivision, source: IDENTITY_SOURCES.kbli2020 };
}

/**
 * KBLI 2020 categories A–U and their division ranges (the ISIC Rev. 4 structure KBLI 2020 follows). Division
 * numbers in a gap (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) belong to no category and are refused.
 */
export const KBLI_2020_CATEGORIES: readonly KbliCategory[] = [
  category('A', 1, 3), // pertanian, kehutanan dan perikanan
  category('B', 5, 9), // pertambangan dan penggalian
  category('C', 10, 33), // industri pengolahan
  category('D', 35, 35), // pengadaan listrik, gas, uap/air panas dan udara dingin
  category('E', 36, 39), // pengadaan air, pengelolaan sampah, limbah dan daur ulang
  category('F', 41, 43), // konstruksi
  category('G', 45, 47), // perdagangan besar dan eceran; reparasi mobil dan sepeda motor
  category('H', 49, 53), // pengangkutan dan pergudangan
  category('I', 55, 56), // penyediaan akomodasi dan makan minum
  category('J', 58, 63), // informasi dan komunikasi
  category('K', 64, 66), // jasa keuangan dan asuransi
  category('L', 68, 68), // real estat
  category('M', 69, 75), // jasa profesional, ilmiah dan teknis
  category('N', 77, 82), // jasa persewaan, ketenagakerjaan, agen perjalanan dan penunjang usaha lainnya
  category('O', 84, 84), // administrasi pemerintahan, pertahanan dan jaminan sosial wajib
  category('P', 85, 85), // jasa pendidikan
  category('Q', 86, 88), // jasa kesehatan dan kegiatan sosial
  category('R', 90, 93), // kesenian, hiburan dan rekreasi
  category('S', 94, 96), // kegiatan jasa lainnya
  category('T', 97, 98), // jasa perorangan yang melayani rumah tangga
  category('U', 99, 99), // kegiatan badan internasional dan badan ekstra internasional lainnya
];

/** The KBLI editions: 2020 (Peraturan BPS 2/2020, used by OSS RBA) and 2025 (Peraturan BPS 7/2025). */
export type KbliEdition = '2020' | '2025';

/** Settings for {@link parseKbli}. */
export interface KbliOptions {
  /** Which edition the code belongs to; default `2020`, the edition OSS uses for licences issued so far. */
  readonly edition?: KbliEdition;
  /** Replaces the KBLI 2020 category table ({@link KBLI_2020_CATEGORIES}). */
  readonly categories2020?: readonly KbliCategory[];
}

/** A KBLI code of the right shape. */
export interface Kbli {
  /** The five digits (kelompok). */
  readonly code: string;
  readonly edition: KbliEdition;
  /** The first two digits (golongan pokok). */
  readonly division: string;
  /** The category letter, for KBLI 2020 only (the KBLI 2025 regrouping is not encoded here). */
  readonly category?: string;
  readonly source: Citation;
}

const LABEL: LocalizedText = { id: 'Kode KBLI', en: 'The KBLI code' };
const SPEC: DigitFieldSpec = { field: 'kbli', label: LABEL, separators: '', maxInputLength: 32 };

/**
 * Reads a KBLI business classification code (IDN-03): five digits. What is checked: the shape (exactly five ASCII
 * digits) and, for KBLI 2020, that the first two digits are a division of one of the categories A–U
 * ({@link KBLI_2020_CATEGORIES}); the category letter is returned. For KBLI 2025 (Peraturan BPS 7/2025, which
 * regroups some codes and adds new ones) only the shape and a non-zero division are checked, since no verified
 * division table for that edition is encoded. Not checked in either edition: whether the five-digit code exists in
 * the BPS list (the SDK ships no code list) — a municipality needing that passes the code to OSS.
 *
 * Codes (path `kbli`): `kbli.required`, `kbli.type`, `kbli.characters`, `kbli.unicode-digits`, `kbli.length`,
 * `kbli.division`; an unknown `edition` gives `kbli.edition` at path `edition`.
 *
 * @example
 * ```ts
 * parseKbli('47111'); // → ok({ code: '47111', edition: '2020', division: '47', category: 'G', … })
 * ```
 */
export function parseKbli(input: unknown, options: KbliOptions = {}): Result<Kbli> {
  // Plain-JavaScript callers may pass null; treat it as "no settings" rather than throwing.
  const settings: KbliOptions = options ?? {};
  const edition: unknown = settings.edition ?? '2020';
  if (edition !== '2020' && edition !== '2025') {
    return fail('kbli.edition', {
      id: 'Edisi KBLI harus 2020 atau 2025.',
      en: 'The KBLI edition must be 2020 or 2025.',
    }, 'edition');
  }
  const digits = readDigits(input, SPEC);
  if (!digits.ok) return digits;
  const code = digits.value;
  if (code.length !== 5) return refuseLength('kbli', LABEL, '5', code.length);
  const division = code.slice(0, 2);
  if (edition === '2025') {
    if (division === '00') return refuseDivision(division);
    return ok({ code, edition, division, source: IDENTITY_SOURCES.kbli2025 });
  }
  const number = Number(division);
  const row = (settings.categories2020 ?? KBLI_2020_CATEGORIES)
    .find((candidate) => number >= candidate.firstDivision && number <= candidate.lastDivision);
  if (!row) return refuseDivision(division);
  return ok({ code, edition, division, category: row.category, source: row.source });
}

function refuseDivision(division: string): Result<never> {
  return fail('kbli.division', {
    id: `Dua digit pertama kode KBLI (${division}) bukan golongan pokok KBLI.`,
    en: `The first two digits of the KBLI code (${division}) are not a KBLI division.`,
  }, 'kbli');
}
