import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { formatRupiah } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { checkNumber, joinPath, notAnObject, numberRule } from './shared/input.js';
import { chargeLine, finishAssessment, refused, UNITS } from './shared/lines.js';
import { checkBoolean, checkBrackets, checkCitation, checkRate, checkSourcedRow, checkTable, bracketIndex, invalidSetting } from './shared/tables.js';
import type { FeeAssessment } from './types.js';

/** Input of the TDI fee (FEE-03): the total investment value of the industry, in whole rupiah. */
export interface TdiFeeInput {
  readonly investmentValue: number;
}

/** A TDI bracket: investment up to `upTo` rupiah (the last row is open) pays `fee`. */
export interface TdiBracket {
  readonly upTo?: number;
  readonly fee: number;
  readonly source: Citation;
}

/** Settings of the TDI fee (FEE-03). */
export interface TdiFeeSettings {
  /** Default: Rp 5,000,000–200,000,000 → Rp 50,000; –500,000,000 → Rp 100,000; above → Rp 200,000 (M13 Lampiran II angka 6). */
  readonly brackets: readonly TdiBracket[];
  /** The lowest investment in the table (inclusive). Default Rp 5,000,000; below it → `fee.outside-table`. */
  readonly minimumInvestment: number;
  readonly minimumSource: Citation;
  /** Interpretation FEE-03: default `true`, an investment equal to a bound belongs to the lower bracket. */
  readonly upperBoundInclusive: boolean;
}

const SOURCE = 'Lampiran II angka 6 kolom 3 dan 5';

/** The TDI tariff of M13 Lampiran II angka 6. */
export const TDI_FEE_DEFAULTS: TdiFeeSettings = {
  brackets: [
    { upTo: 200_000_000, fee: 50_000, source: cite('M13', `${SOURCE} huruf a`) },
    { upTo: 500_000_000, fee: 100_000, source: cite('M13', `${SOURCE} huruf b`) },
    { fee: 200_000, source: cite('M13', `${SOURCE} huruf c`) },
  ],
  minimumInvestment: 5_000_000,
  minimumSource: cite('M13', `${SOURCE} huruf a`),
  upperBoundInclusive: true,
};

interface CompiledTdi {
  readonly settings: TdiFeeSettings;
  /** One finished assessment per bracket: the fee depends on nothing else. */
  readonly results: readonly Result<FeeAssessment>[];
}

const INVESTMENT = numberRule({ code: 'fee.investment-invalid', what: { id: 'Nilai investasi', en: 'The investment value' }, integer: true, money: true });

function bracketLabel(lower: number, upTo: number | undefined): LocalizedText {
  return upTo === undefined
    ? { id: `TDI, nilai investasi di atas ${formatRupiah(lower, 'id')}`, en: `TDI, investment value above ${formatRupiah(lower, 'en')}` }
    : {
      id: `TDI, nilai investasi ${formatRupiah(lower, 'id')} – ${formatRupiah(upTo, 'id')}`,
      en: `TDI, investment value ${formatRupiah(lower, 'en')} – ${formatRupiah(upTo, 'en')}`,
    };
}

/** FEE-03: TDI by total investment value, brackets with inclusive upper bounds. */
export const tdiCalculator: FeeCalculator<TdiFeeSettings, CompiledTdi> = {
  permitType: 'tdi',
  defaults: TDI_FEE_DEFAULTS,
  compile(settings, path) {
    const error = checkTable(settings.brackets, joinPath(path, 'brackets'), (row, rowPath) =>
      checkRate(row.fee, joinPath(rowPath, 'fee')) ?? checkSourcedRow(row, rowPath, false))
      ?? checkBrackets(settings.brackets, joinPath(path, 'brackets'))
      ?? checkRate(settings.minimumInvestment, joinPath(path, 'minimumInvestment'))
      ?? checkCitation(settings.minimumSource, joinPath(path, 'minimumSource'))
      ?? checkBoolean(settings.upperBoundInclusive, joinPath(path, 'upperBoundInclusive'))
      ?? ((settings.brackets[0]?.upTo ?? Infinity) <= settings.minimumInvestment
        ? invalidSetting(joinPath(path, 'minimumInvestment'), 'harus di bawah batas atas golongan pertama.', 'must be below the first bracket’s upper bound.')
        : undefined);
    if (error) return refused(error);
    const results = settings.brackets.map((row, i) => {
      const lower = i === 0 ? settings.minimumInvestment : (settings.brackets[i - 1]?.upTo as number);
      return finishAssessment('tdi', [chargeLine(bracketLabel(lower, row.upTo), 1, UNITS.permit, row.fee, row.source)]);
    });
    return ok({ settings, results });
  },
  calculate(input, { settings, results }) {
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data TDI', en: 'The TDI input' }));
    const value = input.investmentValue;
    const error = checkNumber(value, 'investmentValue', INVESTMENT);
    if (error) return refused(error);
    const investment = value as number;
    if (investment < settings.minimumInvestment) {
      return fail('fee.outside-table', {
        id: `Nilai investasi di bawah ${formatRupiah(settings.minimumInvestment, 'id')} tidak ada dalam tabel tarif TDI.`,
        en: `An investment value below ${formatRupiah(settings.minimumInvestment, 'en')} is outside the TDI tariff table.`,
      }, 'investmentValue');
    }
    return results[bracketIndex(settings.brackets, investment, settings.upperBoundInclusive)] as Result<FeeAssessment>;
  },
};
