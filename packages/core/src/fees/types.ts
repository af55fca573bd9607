import type { Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/**
 * The eleven permit types of M13 Lampiran I/II (CAT-01), by the ids the permit catalog uses:
 * 1 `imb`, 2 `ijin-gangguan`, 3 `ijin-trayek`, 4 `iui`, 5 `siup`, 6 `tdi`, 7 `tdg`, 8 `hiburan`, 9 `reklame`,
 * 10 `jasa-konstruksi`, 11 `ijin-lokasi`.
 */
export type PermitFeeType =
  | 'imb' | 'ijin-gangguan' | 'ijin-trayek' | 'iui' | 'siup' | 'tdi' | 'tdg' | 'hiburan' | 'reklame'
  | 'jasa-konstruksi' | 'ijin-lokasi';

/** Every {@link PermitFeeType}, in the order of M13 Lampiran II (index + 1 is the number in the appendix). */
export const PERMIT_FEE_TYPES: readonly PermitFeeType[] = [
  'imb', 'ijin-gangguan', 'ijin-trayek', 'iui', 'siup', 'tdi', 'tdg', 'hiburan', 'reklame', 'jasa-konstruksi', 'ijin-lokasi',
];

/**
 * A multiplier applied after quantity × rate, as an exact fraction: an IMB coefficient 1.50 is 150/100, a reklame
 * economic life of 3 periods is 1/3, a tax rate of 25 % is 25/100.
 */
export interface FeeFactor {
  readonly label: LocalizedText;
  readonly numerator: number;
  readonly denominator: number;
  readonly source: Citation;
}

/**
 * One line of a fee assessment (FEE-09): what is charged, how many, of which unit, at which rate, the amount in
 * whole rupiah, and the citation of the rate, so a person can check it by hand.
 *
 * - `charge`: `amount` = quantity × rate × every factor. When that is not whole rupiah, `exactAmount` gives the
 *   exact value and `amount` is its whole-rupiah part; the fractions of all lines are then rounded once, on a
 *   `rounding` line.
 * - `rounding`: the one rounding of the assessment; `exactAmount` is the sum of the lines' dropped fractions and
 *   `amount` that sum rounded by the setting's mode (half up by default).
 * - `exemption`: a zero line that says why nothing is due (a SIUP exemption).
 */
export interface FeeLine {
  readonly kind: 'charge' | 'rounding' | 'exemption';
  readonly label: LocalizedText;
  readonly quantity: number;
  readonly unit: LocalizedText;
  /** Rupiah per unit of `quantity`. */
  readonly rate: number;
  /** Whole rupiah; the assessment's total is the sum of every line's amount. */
  readonly amount: number;
  readonly source: Citation;
  readonly factors?: readonly FeeFactor[];
  /** The exact amount before rounding (`1804500.375`, `333333 1/3`), present only when it is not whole. */
  readonly exactAmount?: string;
  /** What `quantity` was derived from, when it is not the input itself: 1,500 m² of facilities → 2 blocks. */
  readonly basis?: { readonly quantity: number; readonly unit: LocalizedText };
}

/** Why an application owes nothing although its permit type has a tariff (a SIUP exemption, FEE-02). */
export interface FeeExemption {
  readonly reason: string;
  readonly label: LocalizedText;
  readonly source: Citation;
}

/**
 * The fee of one application: `total` is a safe integer number of rupiah and always equals the sum of
 * `lines[i].amount`. A zero total needs no payment (see `createSkrd`).
 */
export interface FeeAssessment {
  readonly permitType: PermitFeeType;
  readonly total: number;
  readonly lines: readonly FeeLine[];
  readonly exemption?: FeeExemption;
}
