import type { Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result, type SpError } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { isRecord } from '../is-record.js';
import { issue } from '../issues.js';
import { checkNumber, joinPath, keyPath, notAnObject, numberRule } from './shared/input.js';
import { chargeLine, finishAssessment, refused, UNITS } from './shared/lines.js';
import { checkKey, checkLabel, checkOption, checkRate, checkSourcedRow, checkTable, missingSetting } from './shared/tables.js';
import type { FeeAssessment, FeeLine, PermitFeeType } from './types.js';

/**
 * One row of a tariff the city sets itself: `flat` rows are charged once per permit; `per-unit` rows are charged per
 * counted unit (a vehicle, a machine, a m²), whose number the application gives in `quantities`.
 */
export interface ConfiguredTariffRow {
  readonly item: string;
  readonly label: LocalizedText;
  readonly basis: 'flat' | 'per-unit';
  readonly unit: LocalizedText;
  /** Whole rupiah per permit (`flat`) or per unit (`per-unit`). */
  readonly rate: number;
  readonly source: Citation;
}

/**
 * Settings of a permit type whose fee row the text lost (Ijin Gangguan, Ijin Trayek, IUI; FEE-08):
 * `tariff` is REQUIRED, no default.
 */
export interface ConfiguredTariffSettings {
  readonly tariff?: readonly ConfiguredTariffRow[];
}

/** Input of a configured tariff: the count of each `per-unit` row, e.g. `{ quantities: { vehicle: 3 } }`. */
export interface ConfiguredTariffFeeInput {
  readonly quantities?: { readonly [item: string]: number | undefined };
}

/** The configured tariffs have no default: a municipality must set them. */
export const CONFIGURED_TARIFF_DEFAULTS: ConfiguredTariffSettings = {};

interface CompiledTariff {
  readonly rows: readonly ConfiguredTariffRow[] | undefined;
  readonly keys: ReadonlySet<string>;
}

const COUNT = numberRule({ code: 'fee.quantity-invalid', what: { id: 'Jumlah', en: 'The count' }, integer: true });

function checkRow(row: Readonly<Record<string, unknown>>, path: string): SpError | undefined {
  return checkKey(row.item, joinPath(path, 'item')) ?? checkOption(row.basis, ['flat', 'per-unit'], joinPath(path, 'basis'))
    ?? checkLabel(row.unit, joinPath(path, 'unit')) ?? checkRate(row.rate, joinPath(path, 'rate')) ?? checkSourcedRow(row, path, true);
}

function tariffLines(rows: readonly ConfiguredTariffRow[], quantities: Readonly<Record<string, unknown>>): FeeLine[] | SpError {
  const lines: FeeLine[] = [];
  for (const row of rows) {
    const given = quantities[row.item];
    const path = joinPath('quantities', row.item);
    if (row.basis === 'flat') {
      if (given !== undefined) return issue('fee.quantity-invalid', path, 'Tarif ini dikenakan sekali per izin, tanpa jumlah.', 'This tariff is charged once per permit, without a count.');
      lines.push(chargeLine(row.label, 1, UNITS.permit, row.rate, row.source));
      continue;
    }
    if (given === undefined) return issue('fee.quantity-missing', path, `Jumlah untuk "${row.label.id}" wajib diisi.`, `The count for "${row.label.en}" is required.`);
    const error = checkNumber(given, path, COUNT);
    if (error) return error;
    if ((given as number) > 0) lines.push(chargeLine(row.label, given as number, row.unit, row.rate, row.source));
  }
  return lines;
}

/**
 * FEE-08: a calculator for a permit type whose tariff the municipality sets (`settings[permitType].tariff`).
 * Without that setting it refuses with `fee.setting-missing` naming the setting.
 */
export function configuredTariffCalculator(permitType: PermitFeeType, name: LocalizedText): FeeCalculator<ConfiguredTariffSettings, CompiledTariff> {
  return {
    permitType,
    defaults: CONFIGURED_TARIFF_DEFAULTS,
    compile(settings, path) {
      if (settings.tariff === undefined) return ok({ rows: undefined, keys: new Set() });
      const error = checkTable(settings.tariff, joinPath(path, 'tariff'), checkRow, 'item');
      return error ? refused(error) : ok({ rows: settings.tariff, keys: new Set(settings.tariff.map((row) => row.item)) });
    },
    calculate(input, { rows, keys }): Result<FeeAssessment> {
      if (!rows) return refused(missingSetting(`settings.${permitType}.tariff`, { id: `tarif ${name.id}`, en: `${name.en} tariff` }));
      if (!isRecord(input)) return refused(notAnObject('', name));
      const quantities = input.quantities ?? {};
      if (!isRecord(quantities)) return refused(notAnObject('quantities', { id: 'Jumlah', en: 'The quantities' }));
      for (const item of Object.keys(quantities)) {
        if (!keys.has(item)) {
          return fail('fee.unknown-item', { id: `Pos tarif tidak dikenal; pilih dari: ${[...keys].join(', ')}.`, en: `Unknown tariff item; choose from: ${[...keys].join(', ')}.` }, keyPath('quantities', item));
        }
      }
      const lines = tariffLines(rows, quantities);
      return Array.isArray(lines) ? finishAssessment(permitType, lines) : refused(lines);
    },
  };
}
