import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result, type SpError } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { ROUNDING_MODES, roundNumber, roundQuotient, type RoundingMode } from './shared/exact.js';
import { formatNumber } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { issue } from '../issues.js';
import { checkKeyedNumber, checkNumber, joinPath, keyPath, notAnObject, numberRule } from './shared/input.js';
import { chargeLine, finishAssessment, insertInTableOrder, refused, UNITS } from './shared/lines.js';
import {
  bracketIndex, checkBoolean, checkBrackets, checkKey, checkLabel, checkOption, checkPositive, checkRate, checkSourcedRow, checkTable,
  invalidSetting,
} from './shared/tables.js';
import type { FeeAssessment, FeeLine } from './types.js';

/** The unit charges of M13 Lampiran II angka 8 (a municipality may add its own in the settings). */
export type HiburanUnit =
  | 'recreation-park' | 'bathing-place' | 'fishing-pond' | 'beauty-salon' | 'barber' | 'cinema' | 'karaoke'
  | 'facilities' | 'meeting-hall' | 'game-hall' | 'health-centre';

/**
 * Input of the recreation and entertainment fee (FEE-05): the premises area in m², and for each unit charge the
 * count (parks, chairs, seats, rooms: whole numbers) or, for `facilities` and `meeting-hall`, the area in m².
 */
export interface HiburanFeeInput {
  readonly areaM2: number;
  readonly units?: { readonly [item in HiburanUnit]?: number } & { readonly [item: string]: number | undefined };
}

/** An area bracket: premises up to `upTo` m² (the last row is open) pay `ratePerM2`. */
export interface HiburanAreaBracket {
  readonly upTo?: number;
  readonly ratePerM2: number;
  readonly source: Citation;
}

/**
 * A unit charge: `rate` per counted unit (`measure: 'count'`) or per started block of `blockM2` m²
 * (`measure: 'area'`).
 */
export interface HiburanUnitRow {
  readonly item: string;
  readonly label: LocalizedText;
  readonly rate: number;
  readonly measure: 'count' | 'area';
  readonly blockM2?: number;
  readonly unit: LocalizedText;
  readonly source: Citation;
}

/** Settings of the recreation and entertainment fee (FEE-05). */
export interface HiburanFeeSettings {
  /** Default: ≤ 50 m² Rp 1,000/m²; ≤ 100 Rp 2,000; ≤ 200 Rp 3,000; above Rp 5,000. */
  readonly areaBrackets: readonly HiburanAreaBracket[];
  /** Default: the eleven unit charges of {@link HiburanUnit}. */
  readonly unitCharges: readonly HiburanUnitRow[];
  /**
   * Interpretation FEE-05: `whole-area` (default) charges the whole area at its bracket's rate; `marginal` charges
   * each slice of the area at its own bracket's rate.
   */
  readonly areaCharging: 'whole-area' | 'marginal';
  /** Interpretation FEE-05: default `true`, an area equal to a bound belongs to the lower bracket. */
  readonly upperBoundInclusive: boolean;
  /** Interpretation FEE-05: per-area units count started blocks; default `up` (1,001 m² = 2 blocks of 1,000 m²). */
  readonly blockRounding: RoundingMode;
  /** A fractional m² of premises area becomes whole by this mode; default `up`, as FEE-04 does for TDG. */
  readonly areaRounding: RoundingMode;
}

const AREA_SOURCE = 'Lampiran II angka 8 kolom 3';
const UNIT_SOURCE = cite('M13', 'Lampiran II angka 8 kolom 5');
const count = (item: string, id: string, en: string, rate: number, unit: LocalizedText): HiburanUnitRow =>
  ({ item, label: { id, en }, rate, measure: 'count', unit, source: UNIT_SOURCE });
const UNIT = { id: 'unit', en: 'unit' };
const CHAIR = { id: 'kursi', en: 'chair' };
const ROOM = { id: 'kamar', en: 'room' };

/** The recreation and entertainment tariff of M13 Lampiran II angka 8. */
export const HIBURAN_FEE_DEFAULTS: HiburanFeeSettings = {
  areaBrackets: [
    { upTo: 50, ratePerM2: 1_000, source: cite('M13', AREA_SOURCE) },
    { upTo: 100, ratePerM2: 2_000, source: cite('M13', AREA_SOURCE) },
    { upTo: 200, ratePerM2: 3_000, source: cite('M13', AREA_SOURCE) },
    { ratePerM2: 5_000, source: cite('M13', AREA_SOURCE) },
  ],
  unitCharges: [
    count('recreation-park', 'Taman rekreasi', 'Recreation park', 100_000, UNIT),
    count('bathing-place', 'Pemandian', 'Bathing place', 100_000, UNIT),
    count('fishing-pond', 'Kolam pancing', 'Fishing pond', 75_000, UNIT),
    count('beauty-salon', 'Salon kecantikan', 'Beauty salon', 50_000, CHAIR),
    count('barber', 'Pangkas rambut', 'Barber', 25_000, CHAIR),
    count('cinema', 'Bioskop', 'Cinema', 5_000, { id: 'kursi', en: 'seat' }),
    count('karaoke', 'Rumah karaoke', 'Karaoke', 100_000, ROOM),
    { item: 'facilities', label: { id: 'Sarana & fasilitas', en: 'Facilities' }, rate: 500_000, measure: 'area', blockM2: 1_000, unit: { id: 'blok 1.000 m²', en: 'block of 1,000 m²' }, source: UNIT_SOURCE },
    { item: 'meeting-hall', label: { id: 'Balai pertemuan', en: 'Meeting hall' }, rate: 500_000, measure: 'area', blockM2: 500, unit: { id: 'blok 500 m²', en: 'block of 500 m²' }, source: UNIT_SOURCE },
    count('game-hall', 'Gelanggang permainan dan ketangkasan', 'Game and amusement hall', 25_000, UNIT),
    count('health-centre', 'Pusat kesehatan', 'Health centre', 50_000, ROOM),
  ],
  areaCharging: 'whole-area',
  upperBoundInclusive: true,
  blockRounding: 'up',
  areaRounding: 'up',
};

interface CompiledHiburan {
  readonly settings: HiburanFeeSettings;
  readonly bracketLabels: readonly LocalizedText[];
  readonly units: ReadonlyMap<string, { readonly row: HiburanUnitRow; readonly index: number }>;
  readonly unitNames: string;
}

const AREA = numberRule({ code: 'fee.area-invalid', what: { id: 'Luas tempat usaha', en: 'The premises area' }, positive: true });
const COUNT = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Jumlah', en: 'The count' }, integer: true });
const UNIT_AREA = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Luas', en: 'The area' } });

function bracketLabels(rows: readonly HiburanAreaBracket[]): LocalizedText[] {
  return rows.map((row, i) => {
    const lower = i === 0 ? 0 : (rows[i - 1]?.upTo as number);
    const range = (lang: 'id' | 'en') => row.upTo === undefined
      ? `${lang === 'id' ? 'di atas' : 'above'} ${formatNumber(lower, lang)} m²`
      : i === 0 ? `${lang === 'id' ? 's.d.' : 'up to'} ${formatNumber(row.upTo, lang)} m²` : `${formatNumber(lower, lang)}–${formatNumber(row.upTo, lang)} m²`;
    return { id: `Luas tempat usaha, golongan ${range('id')}`, en: `Premises area, bracket ${range('en')}` };
  });
}

function checkUnitRow(row: Readonly<Record<string, unknown>>, path: string): SpError | undefined {
  return checkKey(row.item, joinPath(path, 'item'))
    ?? checkRate(row.rate, joinPath(path, 'rate'))
    ?? checkOption(row.measure, ['count', 'area'], joinPath(path, 'measure'))
    ?? (row.measure === 'area' ? checkPositive(row.blockM2, joinPath(path, 'blockM2'), true)
      : row.blockM2 === undefined ? undefined : invalidSetting(joinPath(path, 'blockM2'), 'hanya untuk measure "area".', 'only for measure "area".'))
    ?? checkLabel(row.unit, joinPath(path, 'unit'))
    ?? checkSourcedRow(row, path, true);
}

function areaLines(area: number, compiled: CompiledHiburan): FeeLine[] {
  const { settings, bracketLabels: labels } = compiled;
  const rows = settings.areaBrackets;
  const index = bracketIndex(rows, area, settings.upperBoundInclusive);
  if (settings.areaCharging === 'whole-area') {
    const row = rows[index] as HiburanAreaBracket;
    return [chargeLine(labels[index] as LocalizedText, area, UNITS.squareMetre, row.ratePerM2, row.source)];
  }
  const lines: FeeLine[] = [];
  let lower = 0;
  for (let i = 0; i <= index; i++) {
    const row = rows[i] as HiburanAreaBracket;
    const upper = i === index ? area : (row.upTo as number);
    lines.push(chargeLine(labels[i] as LocalizedText, upper - lower, UNITS.squareMetre, row.ratePerM2, row.source));
    lower = upper;
  }
  return lines;
}

function unitLine(row: HiburanUnitRow, quantity: number, mode: RoundingMode): FeeLine {
  if (row.measure === 'count') return chargeLine(row.label, quantity, row.unit, row.rate, row.source);
  const blocks = roundQuotient(quantity, row.blockM2 as number, mode);
  return { kind: 'charge', label: row.label, quantity: blocks, unit: row.unit, rate: row.rate, amount: blocks * row.rate, source: row.source,
    basis: { quantity, unit: UNITS.squareMetre } };
}

/** The unit-charge lines in table order, or the first refused quantity. */
function unitLines(units: Readonly<Record<string, unknown>>, compiled: CompiledHiburan): FeeLine[] | SpError {
  const lines: FeeLine[] = [];
  const order: number[] = [];
  for (const item of Object.keys(units)) {
    const known = compiled.units.get(item);
    if (!known) {
      return issue('fee.unknown-item', keyPath('units', item), `Jenis unit tidak dikenal; pilih dari: ${compiled.unitNames}.`,
        `Unknown unit charge; choose from: ${compiled.unitNames}.`);
    }
    const quantity = units[item];
    if (quantity === undefined) continue;
    const error = checkKeyedNumber(quantity, 'units', item, known.row.measure === 'count' ? COUNT : UNIT_AREA);
    if (error) return error;
    if ((quantity as number) > 0) insertInTableOrder(lines, order, known.index, unitLine(known.row, quantity as number, compiled.settings.blockRounding));
  }
  return lines;
}

/** FEE-05: recreation and entertainment, area at its bracket's rate plus unit charges. */
export const hiburanCalculator: FeeCalculator<HiburanFeeSettings, CompiledHiburan> = {
  permitType: 'hiburan',
  defaults: HIBURAN_FEE_DEFAULTS,
  compile(settings, path) {
    const error = checkTable(settings.areaBrackets, joinPath(path, 'areaBrackets'), (row, rowPath) =>
      checkRate(row.ratePerM2, joinPath(rowPath, 'ratePerM2')) ?? checkSourcedRow(row, rowPath, false))
      ?? checkBrackets(settings.areaBrackets, joinPath(path, 'areaBrackets'), true)
      ?? checkTable(settings.unitCharges, joinPath(path, 'unitCharges'), checkUnitRow, 'item')
      ?? checkOption(settings.areaCharging, ['whole-area', 'marginal'], joinPath(path, 'areaCharging'))
      ?? checkBoolean(settings.upperBoundInclusive, joinPath(path, 'upperBoundInclusive'))
      ?? checkOption(settings.blockRounding, ROUNDING_MODES, joinPath(path, 'blockRounding'))
      ?? checkOption(settings.areaRounding, ROUNDING_MODES, joinPath(path, 'areaRounding'));
    if (error) return refused(error);
    return ok({
      settings,
      bracketLabels: bracketLabels(settings.areaBrackets),
      units: new Map(settings.unitCharges.map((row, index) => [row.item, { row, index }])),
      unitNames: settings.unitCharges.map((row) => row.item).join(', '),
    });
  },
  calculate(input, compiled): Result<FeeAssessment> {
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data usaha rekreasi dan hiburan', en: 'The recreation and entertainment input' }));
    const areaError = checkNumber(input.areaM2, 'areaM2', AREA);
    if (areaError) return refused(areaError);
    const area = roundNumber(input.areaM2 as number, compiled.settings.areaRounding);
    if (area === 0) {
      return fail('fee.area-invalid', { id: 'Luas tempat usaha menjadi 0 m² setelah pembulatan.', en: 'The premises area is 0 m² after rounding.' }, 'areaM2');
    }
    const lines = areaLines(area, compiled);
    if (input.units !== undefined) {
      if (!isRecord(input.units)) return refused(notAnObject('units', { id: 'Daftar unit', en: 'The units' }));
      const units = unitLines(input.units, compiled);
      if (!Array.isArray(units)) return refused(units);
      lines.push(...units);
    }
    return finishAssessment('hiburan', lines);
  },
};
