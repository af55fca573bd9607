import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { ROUNDING_MODES, roundNumber, type RoundingMode } from './shared/exact.js';
import { formatNumber } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { checkNumber, joinPath, notAnObject, numberRule } from './shared/input.js';
import { chargeLine, finishAssessment, refused, UNITS } from './shared/lines.js';
import { checkCitation, checkOption, checkPositive, checkRate } from './shared/tables.js';
import type { FeeAssessment, FeeLine } from './types.js';

/** Input of the TDG fee (FEE-04): the warehouse area in m² (decimals allowed). */
export interface TdgFeeInput {
  readonly areaM2: number;
}

/** Settings of the TDG fee (FEE-04). */
export interface TdgFeeSettings {
  /** Default 36 m²: the area the base fee covers. */
  readonly baseAreaM2: number;
  /** Default Rp 25,000. */
  readonly baseFee: number;
  readonly baseSource: Citation;
  /** Default Rp 1,000 for each m² beyond the base area. */
  readonly ratePerExtraM2: number;
  readonly extraSource: Citation;
  /** Interpretation FEE-04: how a fractional m² becomes whole. Default `up` (36.2 m² counts as 37). */
  readonly areaRounding: RoundingMode;
  /** Interpretation FEE-04: below the base area the fee is the base fee (`base-fee`, default) or refused (`outside-table`). */
  readonly belowBaseArea: 'base-fee' | 'outside-table';
}

/** The TDG tariff of M13 Lampiran II angka 7. */
export const TDG_FEE_DEFAULTS: TdgFeeSettings = {
  baseAreaM2: 36,
  baseFee: 25_000,
  baseSource: cite('M13', 'Lampiran II angka 7 kolom 5 huruf a'),
  ratePerExtraM2: 1_000,
  extraSource: cite('M13', 'Lampiran II angka 7 kolom 5 huruf b'),
  areaRounding: 'up',
  belowBaseArea: 'base-fee',
};

interface CompiledTdg {
  readonly settings: TdgFeeSettings;
  readonly baseLine: FeeLine;
  readonly baseOnly: Result<FeeAssessment>;
  readonly extraLabel: FeeLine['label'];
}

const AREA = numberRule({ code: 'fee.area-invalid', what: { id: 'Luas gudang', en: 'The warehouse area' }, positive: true });

/** FEE-04: TDG, Rp 25,000 for 36 m² and Rp 1,000 for each further m². */
export const tdgCalculator: FeeCalculator<TdgFeeSettings, CompiledTdg> = {
  permitType: 'tdg',
  defaults: TDG_FEE_DEFAULTS,
  compile(settings, path) {
    const error = checkPositive(settings.baseAreaM2, joinPath(path, 'baseAreaM2'), true)
      ?? checkRate(settings.baseFee, joinPath(path, 'baseFee'))
      ?? checkCitation(settings.baseSource, joinPath(path, 'baseSource'))
      ?? checkRate(settings.ratePerExtraM2, joinPath(path, 'ratePerExtraM2'))
      ?? checkCitation(settings.extraSource, joinPath(path, 'extraSource'))
      ?? checkOption(settings.areaRounding, ROUNDING_MODES, joinPath(path, 'areaRounding'))
      ?? checkOption(settings.belowBaseArea, ['base-fee', 'outside-table'], joinPath(path, 'belowBaseArea'));
    if (error) return refused(error);
    const base = formatNumber(settings.baseAreaM2, 'id');
    const baseLine = chargeLine({ id: `TDG, gudang sampai dengan ${base} m²`, en: `TDG, warehouse up to ${formatNumber(settings.baseAreaM2, 'en')} m²` },
      1, UNITS.permit, settings.baseFee, settings.baseSource);
    return ok({
      settings,
      baseLine,
      baseOnly: finishAssessment('tdg', [baseLine]),
      extraLabel: { id: `Luas selebihnya dari ${base} m²`, en: `Area beyond ${formatNumber(settings.baseAreaM2, 'en')} m²` },
    });
  },
  calculate(input, { settings, baseLine, baseOnly, extraLabel }) {
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data TDG', en: 'The TDG input' }));
    const error = checkNumber(input.areaM2, 'areaM2', AREA);
    if (error) return refused(error);
    const area = input.areaM2 as number;
    if (area < settings.baseAreaM2 && settings.belowBaseArea === 'outside-table') {
      return fail('fee.outside-table', {
        id: `Gudang di bawah ${settings.baseAreaM2} m² tidak ada dalam tabel tarif TDG.`,
        en: `A warehouse below ${settings.baseAreaM2} m² is outside the TDG tariff table.`,
      }, 'areaM2');
    }
    const extra = roundNumber(area, settings.areaRounding) - settings.baseAreaM2;
    if (extra <= 0) return baseOnly;
    return finishAssessment('tdg', [baseLine, chargeLine(extraLabel, extra, UNITS.squareMetre, settings.ratePerExtraM2, settings.extraSource)]);
  },
};
