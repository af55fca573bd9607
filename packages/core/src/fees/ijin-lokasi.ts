import { cite, type Citation } from '../citation.js';
import { ok, type Result, type SpError } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { isRecord } from '../is-record.js';
import { issue } from '../issues.js';
import { checkNumber, checkText, notAnObject, numberRule } from './shared/input.js';
import { chargeLine, finishAssessment, refused } from './shared/lines.js';
import { checkCitation, checkPositive } from './shared/tables.js';
import type { FeeAssessment, FeeLine } from './types.js';

/** One actual cost of field work or coordination borne by the applicant. */
export interface IjinLokasiCostItem {
  /** What the cost is for, shown to people as is (no markup). */
  readonly description: string;
  /** Whole rupiah. */
  readonly amount: number;
}

/** Input of the location-permit fee (FEE-08): the itemised actual costs; an empty list means nothing is due. */
export interface IjinLokasiFeeInput {
  readonly items: readonly IjinLokasiCostItem[];
}

/** Settings of the location-permit fee (FEE-08). */
export interface IjinLokasiFeeSettings {
  /** The rule that the applicant bears the actual costs; default M13 Lampiran II angka 11. */
  readonly source: Citation;
  /** Default 100 items. */
  readonly maxItems: number;
}

/** The rule of M13 Lampiran II angka 11: no tariff, the actual costs. */
export const IJIN_LOKASI_FEE_DEFAULTS: IjinLokasiFeeSettings = {
  source: cite('M13', 'Lampiran II angka 11 kolom 5'),
  maxItems: 100,
};

const AMOUNT = numberRule({ code: 'fee.amount-invalid', what: { id: 'Jumlah biaya', en: 'The cost' }, integer: true, money: true });
const DESCRIPTION = { id: 'Uraian biaya', en: 'The cost description' };
const COST_UNIT = { id: 'biaya nyata', en: 'actual cost' };

function itemLine(item: unknown, path: string, source: Citation): FeeLine | SpError {
  if (!isRecord(item)) return notAnObject(path, { id: 'Rincian biaya', en: 'A cost item' });
  const error = checkText(item.description, `${path}.description`, DESCRIPTION) ?? checkNumber(item.amount, `${path}.amount`, AMOUNT);
  if (error) return error;
  const text = (item.description as string).trim();
  return chargeLine({ id: text, en: text }, 1, COST_UNIT, item.amount as number, source);
}

/** FEE-08: location permit, the itemised actual costs of field work and coordination (no tariff). */
export const ijinLokasiCalculator: FeeCalculator<IjinLokasiFeeSettings, IjinLokasiFeeSettings> = {
  permitType: 'ijin-lokasi',
  defaults: IJIN_LOKASI_FEE_DEFAULTS,
  compile(settings, path) {
    const error = checkCitation(settings.source, `${path}.source`) ?? checkPositive(settings.maxItems, `${path}.maxItems`, true);
    return error ? refused(error) : ok(settings);
  },
  calculate(input, settings): Result<FeeAssessment> {
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data ijin lokasi', en: 'The location-permit input' }));
    const items = input.items;
    if (!Array.isArray(items)) return refused(issue('fee.input-invalid', 'items', 'Rincian biaya wajib berupa daftar.', 'The cost items must be a list.'));
    if (items.length > settings.maxItems) {
      return refused(issue('fee.input-invalid', 'items', `Paling banyak ${settings.maxItems} rincian biaya.`, `At most ${settings.maxItems} cost items.`));
    }
    const lines: FeeLine[] = [];
    for (let i = 0; i < items.length; i++) {
      const line = itemLine(items[i], `items.${i}`, settings.source);
      if ('code' in line) return refused(line);
      lines.push(line);
    }
    return finishAssessment('ijin-lokasi', lines);
  },
};
