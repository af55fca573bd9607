import { cite, type Citation } from '../citation.js';
import { ok, type LocalizedText, type Result, type SpError } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { fractionOf, ROUNDING_MODES, type RoundingMode } from './shared/exact.js';
import { formatNumber } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { checkNumber, notAnObject, numberRule, type NumberRule } from './shared/input.js';
import { exactFactor, exactLine, finishAssessment, refused, tooLarge, UNITS, type ExactFactor, type ExactLine, type RoundingRule } from './shared/lines.js';
import { checkCitation, checkOption, checkRate, missingSetting } from './shared/tables.js';
import type { FeeAssessment } from './types.js';

/**
 * Input of the reklame fee (FEE-06). NSR (nilai sewa reklame) = (installationCost + maintenanceCost) / economicLife
 * + strategicValue; the tax is the tax rate × NSR. `economicLife` is the economic life or installation period in the
 * periods the municipality assesses the tax for (e.g. 12 for a year's costs spread over 12 monthly periods).
 */
export interface ReklameFeeInput {
  /** Whole rupiah. */
  readonly installationCost: number;
  /** Whole rupiah. */
  readonly maintenanceCost: number;
  /** Positive, at most 6 decimals and at most 1,000. */
  readonly economicLife: number;
  /** Whole rupiah (nilai strategis). */
  readonly strategicValue: number;
  /** Only when the advertisement stands on municipal land: the land rental retribution. */
  readonly landRental?: { readonly areaM2: number; readonly months: number };
}

/** Settings of the reklame fee (FEE-06). */
export interface ReklameFeeSettings {
  /** REQUIRED, no default: the advertisement tax rate in percent of NSR (0 < rate ≤ 100), from the city's tax regulation. */
  readonly taxRatePercent?: number;
  readonly taxRateSource: Citation;
  /** The NSR formula's source. */
  readonly nsrSource: Citation;
  /** Default Rp 3,000 per m² per month. */
  readonly landRentalPerM2PerMonth: number;
  readonly landRentalSource: Citation;
  /** The tax and rental are computed exactly and rounded once, at the end, by this mode; default `half-up`. */
  readonly rounding: RoundingMode;
  readonly roundingSource: Citation;
}

/** The reklame formula and land rental of M13 Lampiran II angka 9; the tax rate must be set by the city. */
export const REKLAME_FEE_DEFAULTS: ReklameFeeSettings = {
  taxRateSource: cite('Perda Kota Mojokerto Nomor 23 Tahun 2002 tentang Pajak Reklame', 'tarif pajak (setelan kota)'),
  nsrSource: cite('M13', 'Lampiran II angka 9 kolom 5 (Nilai Sewa Reklame)'),
  landRentalPerM2PerMonth: 3_000,
  landRentalSource: cite('M13', 'Lampiran II angka 9 kolom 5 (retribusi sewa tanah)'),
  rounding: 'half-up',
  roundingSource: cite('M13', 'Lampiran II angka 9 (pembulatan setengah ke atas, sekali di akhir: keputusan desain SDK)'),
};

interface CompiledReklame {
  readonly settings: ReklameFeeSettings;
  readonly taxFactor: ExactFactor | undefined;
  readonly rounding: RoundingRule;
}

const money = (id: string, en: string): NumberRule => numberRule({ code: 'fee.amount-invalid', what: { id, en }, integer: true, money: true });
const INSTALLATION = money('Biaya pemasangan', 'The installation cost');
const MAINTENANCE = money('Biaya pemeliharaan', 'The maintenance cost');
const STRATEGIC = money('Nilai strategis', 'The strategic value');
const LIFE = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Umur ekonomis/lama pemasangan', en: 'The economic life/installation period' }, positive: true, max: 1_000 });
const LAND_AREA = numberRule({ code: 'fee.area-invalid', what: { id: 'Luas tanah yang disewa', en: 'The rented land area' }, positive: true });
const MONTHS = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Lama sewa (bulan)', en: 'The rental period (months)' }, positive: true, integer: true, max: 1_200 });
const TAX_RATE = numberRule({ code: 'fee.setting-invalid', what: { id: 'Tarif pajak reklame', en: 'The advertisement tax rate' }, positive: true, max: 100 });
const ADVERTISEMENT: LocalizedText = { id: 'reklame', en: 'advertisement' };
const COST_LABEL = { id: 'Pajak reklame atas (biaya pemasangan + biaya pemeliharaan) ÷ umur ekonomis', en: 'Advertisement tax on (installation + maintenance cost) ÷ economic life' };
const STRATEGIC_LABEL = { id: 'Pajak reklame atas nilai strategis', en: 'Advertisement tax on the strategic value' };
const RENTAL_LABEL = { id: 'Retribusi sewa tanah', en: 'Land rental retribution' };

/** `value / scale` (or its inverse) as an exact factor; value has at most 6 decimals and is at most 1,000. */
function fractionFactor(label: LocalizedText, value: number, scale: number, source: Citation, invert: boolean): ExactFactor {
  const { n, d } = fractionOf(value);
  const numerator = n;
  const denominator = d * scale;
  return exactFactor(invert ? { label, numerator: denominator, denominator: numerator, source } : { label, numerator, denominator, source });
}

function checkInput(input: Readonly<Record<string, unknown>>): SpError | undefined {
  const error = checkNumber(input.installationCost, 'installationCost', INSTALLATION)
    ?? checkNumber(input.maintenanceCost, 'maintenanceCost', MAINTENANCE)
    ?? checkNumber(input.economicLife, 'economicLife', LIFE)
    ?? checkNumber(input.strategicValue, 'strategicValue', STRATEGIC);
  if (error || input.landRental === undefined) return error;
  if (!isRecord(input.landRental)) return notAnObject('landRental', { id: 'Sewa tanah', en: 'The land rental' });
  return checkNumber(input.landRental.areaM2, 'landRental.areaM2', LAND_AREA) ?? checkNumber(input.landRental.months, 'landRental.months', MONTHS);
}

/** FEE-06: reklame tax on NSR plus land rental, computed exactly and rounded once. */
export const reklameCalculator: FeeCalculator<ReklameFeeSettings, CompiledReklame> = {
  permitType: 'reklame',
  defaults: REKLAME_FEE_DEFAULTS,
  compile(settings, path) {
    const error = (settings.taxRatePercent === undefined ? undefined : checkNumber(settings.taxRatePercent, `${path}.taxRatePercent`, TAX_RATE))
      ?? checkCitation(settings.taxRateSource, `${path}.taxRateSource`)
      ?? checkCitation(settings.nsrSource, `${path}.nsrSource`)
      ?? checkRate(settings.landRentalPerM2PerMonth, `${path}.landRentalPerM2PerMonth`)
      ?? checkCitation(settings.landRentalSource, `${path}.landRentalSource`)
      ?? checkOption(settings.rounding, ROUNDING_MODES, `${path}.rounding`)
      ?? checkCitation(settings.roundingSource, `${path}.roundingSource`);
    if (error) return refused(error);
    const rate = settings.taxRatePercent;
    return ok({
      settings,
      taxFactor: rate === undefined ? undefined : fractionFactor(
        { id: `Tarif pajak ${formatNumber(rate, 'id')}%`, en: `Tax rate ${formatNumber(rate, 'en')}%` }, rate, 100, settings.taxRateSource, false),
      rounding: { mode: settings.rounding, source: settings.roundingSource },
    });
  },
  calculate(input, { settings, taxFactor, rounding }): Result<FeeAssessment> {
    if (!taxFactor) return refused(missingSetting('settings.reklame.taxRatePercent', { id: 'tarif pajak reklame (%)', en: 'advertisement tax rate (%)' }));
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data reklame', en: 'The advertisement input' }));
    const error = checkInput(input);
    if (error) return refused(error);
    const costs = (input.installationCost as number) + (input.maintenanceCost as number);
    if (!Number.isSafeInteger(costs)) return tooLarge('maintenanceCost');
    const life = input.economicLife as number;
    const strategic = input.strategicValue as number;
    const lines: ExactLine[] = [];
    if (costs > 0) {
      const lifeFactor = fractionFactor({ id: `÷ umur ekonomis ${formatNumber(life, 'id')}`, en: `÷ economic life ${formatNumber(life, 'en')}` },
        life, 1, settings.nsrSource, true);
      lines.push(exactLine(COST_LABEL, 1, ADVERTISEMENT, costs, settings.nsrSource, [lifeFactor, taxFactor]));
    }
    if (strategic > 0) lines.push(exactLine(STRATEGIC_LABEL, 1, ADVERTISEMENT, strategic, settings.nsrSource, [taxFactor]));
    const rental = input.landRental as { areaM2: number; months: number } | undefined;
    if (rental) {
      const months = exactFactor({ label: { id: `× ${rental.months} bulan`, en: `× ${rental.months} months` }, numerator: rental.months, denominator: 1, source: settings.landRentalSource });
      lines.push(exactLine(RENTAL_LABEL, rental.areaM2, UNITS.squareMetre, settings.landRentalPerM2PerMonth, settings.landRentalSource, [months]));
    }
    return finishAssessment('reklame', lines, rounding);
  },
};
