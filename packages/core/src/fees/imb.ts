import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result, type SpError } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { ROUNDING_MODES, type RoundingMode } from './shared/exact.js';
import { formatNumber } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { shownValue } from '../choice-input.js';
import { checkKeyedNumber, checkNumber, joinPath, keyPath, notAnObject, numberRule } from './shared/input.js';
import { exactFactor, exactLine, finishAssessment, insertInTableOrder, refused, UNITS, type ExactFactor, type ExactLine, type RoundingRule } from './shared/lines.js';
import {
  bracketIndex, checkBrackets, checkCitation, checkKey, checkLabel, checkOption, checkPositive, checkRate, checkSourcedRow, checkTable,
  hundredthsOf, missingSetting,
} from './shared/tables.js';
import type { FeeAssessment } from './types.js';

/** Building uses of M13 Lampiran II angka 1 huruf c; further uses are added in the settings. */
export type ImbUse = 'social' | 'housing' | 'public-facility' | 'education' | (string & {});

/** Site works of M13 Lampiran II angka 1 kolom 5: land fill, drainage and road, each per m³. */
export type ImbSiteWork = 'land-fill' | 'drainage' | 'road';

/** Input of the IMB fee (FEE-01). */
export interface ImbFeeInput {
  /** Floor area of the building in m² (decimals allowed). */
  readonly areaM2: number;
  /** Number of storeys (a whole number in the storey table, 1–5 by default). */
  readonly storeys: number;
  readonly use: ImbUse;
  /** Site-work quantities in the table's unit (m³ by default), e.g. `{ 'land-fill': 12.5, road: 4 }`. */
  readonly siteWorks?: { readonly [work in ImbSiteWork]?: number } & { readonly [work: string]: number | undefined };
}

/** Floor-area coefficient: buildings up to `upTo` m² (the last row is open). */
export interface ImbAreaCoefficient {
  readonly upTo?: number;
  /** At most two decimals, e.g. 1.50. */
  readonly coefficient: number;
  readonly source: Citation;
}

/** Storey coefficient for a building of `storeys` storeys. */
export interface ImbStoreyCoefficient {
  readonly storeys: number;
  readonly coefficient: number;
  readonly source: Citation;
}

/** Use coefficient for a building use. */
export interface ImbUseCoefficient {
  readonly use: string;
  readonly label: LocalizedText;
  readonly coefficient: number;
  readonly source: Citation;
}

/** A site-work rate: rupiah per unit (m³) of `work`. */
export interface ImbSiteWorkRate {
  readonly work: string;
  readonly label: LocalizedText;
  readonly unit: LocalizedText;
  readonly rate: number;
  readonly source: Citation;
}

/** Settings of the IMB fee (FEE-01). Fee = area × base price × K_area × K_storeys × K_use + site works. */
export interface ImbFeeSettings {
  /** REQUIRED, no default: the base price per m² of building in whole rupiah (not in the text; the city sets it). */
  readonly basePricePerM2?: number;
  /** Where the base price is decided; default: the base-price column of M13 Lampiran II angka 1. */
  readonly basePriceSource: Citation;
  /** Default: ≤100 m² 1.00; ≤250 1.50; ≤500 2.50; ≤1000 3.50; ≤2000 4.00; ≤3000 4.50; above 5.00. */
  readonly areaCoefficients: readonly ImbAreaCoefficient[];
  /** Default: 1 storey 1.00; 2 1.50; 3 2.50; 4 3.00; 5 5.00. */
  readonly storeyCoefficients: readonly ImbStoreyCoefficient[];
  /** Default: social 0.50; housing 1.00; public facility 1.00; education 1.00. Add rows for further uses. */
  readonly useCoefficients: readonly ImbUseCoefficient[];
  /** Default: land fill Rp 1,000, drainage Rp 500, road Rp 150, each per m³. */
  readonly siteWorks: readonly ImbSiteWorkRate[];
  /** Interpretation FEE-01: the exact fee is rounded once, at the end, by this mode; default `half-up`. */
  readonly rounding: RoundingMode;
  readonly roundingSource: Citation;
}

const AREA_SOURCE = cite('M13', 'Lampiran II angka 1 kolom 3 huruf a dan kolom 4');
const STOREY_SOURCE = cite('M13', 'Lampiran II angka 1 kolom 3 huruf b dan kolom 4');
const USE_SOURCE = cite('M13', 'Lampiran II angka 1 kolom 3 huruf c dan kolom 4');
const SITE_SOURCE = cite('M13', 'Lampiran II angka 1 kolom 5');
const M3 = UNITS.cubicMetre;

/** The IMB coefficients and site-work rates of M13 Lampiran II angka 1; the base price must be set by the city. */
export const IMB_FEE_DEFAULTS: ImbFeeSettings = {
  basePriceSource: cite('M13', 'Lampiran II angka 1 kolom 4 (harga dasar, ditetapkan pemerintah kota)'),
  areaCoefficients: [
    { upTo: 100, coefficient: 1.0, source: AREA_SOURCE },
    { upTo: 250, coefficient: 1.5, source: AREA_SOURCE },
    { upTo: 500, coefficient: 2.5, source: AREA_SOURCE },
    { upTo: 1000, coefficient: 3.5, source: AREA_SOURCE },
    { upTo: 2000, coefficient: 4.0, source: AREA_SOURCE },
    { upTo: 3000, coefficient: 4.5, source: AREA_SOURCE },
    { coefficient: 5.0, source: AREA_SOURCE },
  ],
  storeyCoefficients: [
    { storeys: 1, coefficient: 1.0, source: STOREY_SOURCE },
    { storeys: 2, coefficient: 1.5, source: STOREY_SOURCE },
    { storeys: 3, coefficient: 2.5, source: STOREY_SOURCE },
    { storeys: 4, coefficient: 3.0, source: STOREY_SOURCE },
    { storeys: 5, coefficient: 5.0, source: STOREY_SOURCE },
  ],
  useCoefficients: [
    { use: 'social', label: { id: 'Bangunan sosial', en: 'social building' }, coefficient: 0.5, source: USE_SOURCE },
    { use: 'housing', label: { id: 'Bangunan perumahan', en: 'housing' }, coefficient: 1.0, source: USE_SOURCE },
    { use: 'public-facility', label: { id: 'Bangunan fasilitas umum', en: 'public facility' }, coefficient: 1.0, source: USE_SOURCE },
    { use: 'education', label: { id: 'Bangunan pendidikan', en: 'education' }, coefficient: 1.0, source: USE_SOURCE },
  ],
  siteWorks: [
    { work: 'land-fill', label: { id: 'Tanah urugan', en: 'Land fill' }, unit: M3, rate: 1_000, source: SITE_SOURCE },
    { work: 'drainage', label: { id: 'Drainase', en: 'Drainage' }, unit: M3, rate: 500, source: SITE_SOURCE },
    { work: 'road', label: { id: 'Jalan', en: 'Road' }, unit: M3, rate: 150, source: SITE_SOURCE },
  ],
  rounding: 'half-up',
  roundingSource: cite('M13', 'Lampiran II angka 1 (pembulatan setengah ke atas, sekali di akhir: tafsiran FEE-01)'),
};

interface CompiledImb {
  readonly settings: ImbFeeSettings;
  readonly areaRows: readonly ImbAreaCoefficient[];
  readonly areaFactors: readonly ExactFactor[];
  readonly storeyFactors: ReadonlyMap<number, ExactFactor>;
  readonly useFactors: ReadonlyMap<string, ExactFactor>;
  readonly siteWorks: ReadonlyMap<string, { readonly row: ImbSiteWorkRate; readonly index: number }>;
  readonly siteWorkNames: string;
  readonly rounding: RoundingRule;
  readonly maxStoreys: number;
}

const AREA = numberRule({ code: 'fee.area-invalid', what: { id: 'Luas bangunan', en: 'The floor area' }, positive: true });
const STOREYS = numberRule({ code: 'fee.storeys-invalid', what: { id: 'Jumlah lantai', en: 'The number of storeys' }, positive: true, integer: true });
const BASE_PRICE = numberRule({ code: 'fee.setting-invalid', what: { id: 'Harga dasar', en: 'The base price' }, positive: true, integer: true, money: true });
const SITE_WORK = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Volume pekerjaan', en: 'The site-work quantity' } });
const BUILDING = { id: 'Bangunan gedung', en: 'Building' };

function factor(label: LocalizedText, hundredths: number, source: Citation): ExactFactor {
  return exactFactor({ label, numerator: hundredths, denominator: 100, source });
}

function areaLabel(rows: readonly ImbAreaCoefficient[], i: number): LocalizedText {
  const upTo = rows[i]?.upTo;
  if (upTo !== undefined) return { id: `Koefisien luas bangunan s.d. ${formatNumber(upTo, 'id')} m²`, en: `Floor-area coefficient, up to ${formatNumber(upTo, 'en')} m²` };
  const lower = rows[i - 1]?.upTo ?? 0;
  return { id: `Koefisien luas bangunan > ${formatNumber(lower, 'id')} m²`, en: `Floor-area coefficient, above ${formatNumber(lower, 'en')} m²` };
}

/** Checks the coefficient tables and turns each coefficient into an exact factor in hundredths. */
function compileImb(settings: ImbFeeSettings, path: string): Result<CompiledImb> {
  const coefficient = (row: Readonly<Record<string, unknown>>, rowPath: string) => {
    const h = hundredthsOf(row.coefficient, joinPath(rowPath, 'coefficient'));
    return typeof h === 'number' ? checkCitation(row.source, joinPath(rowPath, 'source')) : h;
  };
  const error = (settings.basePricePerM2 === undefined ? undefined
    : checkNumber(settings.basePricePerM2, joinPath(path, 'basePricePerM2'), BASE_PRICE))
    ?? checkCitation(settings.basePriceSource, joinPath(path, 'basePriceSource'))
    ?? checkTable(settings.areaCoefficients, joinPath(path, 'areaCoefficients'), coefficient)
    ?? checkBrackets(settings.areaCoefficients, joinPath(path, 'areaCoefficients'))
    ?? checkTable(settings.storeyCoefficients, joinPath(path, 'storeyCoefficients'), (row, rowPath) =>
      checkPositive(row.storeys, joinPath(rowPath, 'storeys'), true) ?? coefficient(row, rowPath), 'storeys')
    ?? checkTable(settings.useCoefficients, joinPath(path, 'useCoefficients'), (row, rowPath) =>
      checkKey(row.use, joinPath(rowPath, 'use')) ?? checkLabel(row.label, joinPath(rowPath, 'label')) ?? coefficient(row, rowPath), 'use')
    ?? checkTable(settings.siteWorks, joinPath(path, 'siteWorks'), (row, rowPath) =>
      checkKey(row.work, joinPath(rowPath, 'work')) ?? checkRate(row.rate, joinPath(rowPath, 'rate'))
        ?? checkLabel(row.unit, joinPath(rowPath, 'unit')) ?? checkSourcedRow(row, rowPath, true), 'work')
    ?? checkOption(settings.rounding, ROUNDING_MODES, joinPath(path, 'rounding'))
    ?? checkCitation(settings.roundingSource, joinPath(path, 'roundingSource'));
  if (error) return refused(error);
  // Every coefficient passed hundredthsOf above, so this conversion cannot fail.
  const hundredths = (value: number): number => hundredthsOf(value, '') as number;
  const rows = settings.areaCoefficients;
  return ok({
    settings,
    areaRows: rows,
    areaFactors: rows.map((row, i) => factor(areaLabel(rows, i), hundredths(row.coefficient), row.source)),
    storeyFactors: new Map(settings.storeyCoefficients.map((row) => [row.storeys, factor(
      { id: `Koefisien tingkat bangunan, ${row.storeys} lantai`, en: `Storey coefficient, ${row.storeys} storey${row.storeys === 1 ? '' : 's'}` },
      hundredths(row.coefficient), row.source)])),
    useFactors: new Map(settings.useCoefficients.map((row) => [row.use, factor(
      { id: `Koefisien guna bangunan: ${row.label.id}`, en: `Use coefficient: ${row.label.en}` }, hundredths(row.coefficient), row.source)])),
    siteWorks: new Map(settings.siteWorks.map((row, index) => [row.work, { row, index }])),
    siteWorkNames: settings.siteWorks.map((row) => row.work).join(', '),
    rounding: { mode: settings.rounding, source: settings.roundingSource },
    maxStoreys: Math.max(...settings.storeyCoefficients.map((row) => row.storeys)),
  });
}

/** The site-work lines in table order (whatever the order of the input's keys), or the first refusal. */
function siteWorkLines(siteWorks: unknown, compiled: CompiledImb): ExactLine[] | SpError {
  if (siteWorks === undefined) return [];
  if (!isRecord(siteWorks)) return notAnObject('siteWorks', { id: 'Pekerjaan tapak', en: 'The site works' });
  const lines: ExactLine[] = [];
  const order: number[] = [];
  for (const work of Object.keys(siteWorks)) {
    const known = compiled.siteWorks.get(work);
    if (!known) {
      return { code: 'fee.unknown-item', path: keyPath('siteWorks', work), message: { id: `Pekerjaan tapak tidak dikenal; pilih dari: ${compiled.siteWorkNames}.`, en: `Unknown site work; choose from: ${compiled.siteWorkNames}.` } };
    }
    const quantity = siteWorks[work];
    if (quantity === undefined) continue;
    const error = checkKeyedNumber(quantity, 'siteWorks', work, SITE_WORK);
    if (error) return error;
    const { row, index } = known;
    if ((quantity as number) > 0) insertInTableOrder(lines, order, index, exactLine(row.label, quantity as number, row.unit, row.rate, row.source));
  }
  return lines;
}

/** FEE-01: IMB, area × base price × coefficients + site works, computed exactly and rounded once. */
export const imbCalculator: FeeCalculator<ImbFeeSettings, CompiledImb> = {
  permitType: 'imb',
  defaults: IMB_FEE_DEFAULTS,
  compile: compileImb,
  calculate(input, compiled): Result<FeeAssessment> {
    const basePrice = compiled.settings.basePricePerM2;
    if (basePrice === undefined) {
      return refused(missingSetting('settings.imb.basePricePerM2', { id: 'harga dasar bangunan per m² (IMB)', en: 'IMB base price per m² of building' }));
    }
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data IMB', en: 'The IMB input' }));
    const areaError = checkNumber(input.areaM2, 'areaM2', AREA) ?? checkNumber(input.storeys, 'storeys', STOREYS);
    if (areaError) return refused(areaError);
    const area = input.areaM2 as number;
    const storeys = compiled.storeyFactors.get(input.storeys as number);
    if (!storeys) {
      return fail('fee.outside-table', {
        id: `Jumlah lantai ${input.storeys} tidak ada dalam tabel koefisien tingkat bangunan (paling banyak ${compiled.maxStoreys}).`,
        en: `${input.storeys} storeys is outside the storey coefficient table (at most ${compiled.maxStoreys}).`,
      }, 'storeys');
    }
    const use = compiled.useFactors.get(input.use as string);
    if (typeof input.use !== 'string' || !use) {
      const known = [...compiled.useFactors.keys()].join(', ');
      return fail('fee.use-invalid', {
        id: `Guna bangunan${shownValue(input.use)} tidak dikenal; pilih salah satu: ${known}.`,
        en: `Unknown building use${shownValue(input.use)}; choose one of: ${known}.`,
      }, 'use');
    }
    const areaFactor = compiled.areaFactors[bracketIndex(compiled.areaRows, area, true)] as ExactFactor;
    const siteLines = siteWorkLines(input.siteWorks, compiled);
    if (!Array.isArray(siteLines)) return refused(siteLines);
    const building = exactLine(BUILDING, area, UNITS.squareMetre, basePrice, compiled.settings.basePriceSource, [areaFactor, storeys, use]);
    const lines = [building];
    for (const line of siteLines) lines.push(line);
    return finishAssessment('imb', lines, compiled.rounding);
  },
};
