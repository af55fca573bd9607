import { ok, type Result } from '../result.js';
import { mergeSection, trustSection, type FeeCalculator } from './calculator.js';
import type { ConfiguredTariffSettings } from './configured-tariff.js';
import type { HiburanFeeSettings } from './hiburan.js';
import type { IjinLokasiFeeSettings } from './ijin-lokasi.js';
import type { ImbFeeSettings } from './imb.js';
import type { JasaKonstruksiFeeSettings } from './jasa-konstruksi.js';
import type { ReklameFeeSettings } from './reklame.js';
import { FEE_CALCULATORS } from './registry.js';
import { isRecord } from '../is-record.js';
import { refused } from './shared/lines.js';
import { invalidSetting } from './shared/tables.js';
import type { SiupFeeSettings } from './siup.js';
import type { TdgFeeSettings } from './tdg.js';
import type { TdiFeeSettings } from './tdi.js';
import { PERMIT_FEE_TYPES } from './types.js';

/**
 * A municipality's fee settings, one section per permit type. Every section defaults to the table of M13
 * Lampiran II with its citations, except the settings the text leaves to the city, which are REQUIRED when that
 * permit type is assessed: `imb.basePricePerM2`, `reklame.taxRatePercent`, `jasa-konstruksi.fieldFees` and the
 * `tariff` of `ijin-gangguan`, `ijin-trayek` and `iui`. Without them `calculateFee` refuses with
 * `fee.setting-missing` naming the setting.
 */
export interface FeeSettings {
  readonly imb: ImbFeeSettings;
  readonly 'ijin-gangguan': ConfiguredTariffSettings;
  readonly 'ijin-trayek': ConfiguredTariffSettings;
  readonly iui: ConfiguredTariffSettings;
  readonly siup: SiupFeeSettings;
  readonly tdi: TdiFeeSettings;
  readonly tdg: TdgFeeSettings;
  readonly hiburan: HiburanFeeSettings;
  readonly reklame: ReklameFeeSettings;
  readonly 'jasa-konstruksi': JasaKonstruksiFeeSettings;
  readonly 'ijin-lokasi': IjinLokasiFeeSettings;
}

/**
 * Overrides of {@link FeeSettings}: per section, only the settings that differ from the defaults. A table given
 * here replaces the default table whole (spread the exported default to extend it).
 */
export type FeeSettingsInput = { readonly [K in keyof FeeSettings]?: Partial<FeeSettings[K]> };

function trustAll(input: FeeSettingsInput): Result<FeeSettings> {
  const sections: Record<string, object> = {};
  for (const permitType of PERMIT_FEE_TYPES) {
    const calculator = FEE_CALCULATORS[permitType] as unknown as FeeCalculator<object, unknown>;
    const given = input[permitType];
    if (given !== undefined && !isRecord(given)) {
      return refused(invalidSetting(`settings.${permitType}`, 'bagian setelan harus objek.', 'a settings section must be an object.'));
    }
    const section = trustSection(calculator, mergeSection(calculator.defaults, given === undefined ? undefined : { ...given }), `settings.${permitType}`);
    if (!section.ok) return section;
    sections[permitType] = section.value;
  }
  return ok(Object.freeze(sections) as unknown as FeeSettings);
}

/**
 * The default settings: the tables of M13 Lampiran II with their citations, frozen. The required settings
 * (see {@link FeeSettings}) are absent.
 */
export const DEFAULT_FEE_SETTINGS: FeeSettings = (() => {
  const settings = trustAll({});
  if (!settings.ok) throw new Error(`The default fee settings are invalid: ${settings.error.message.en}`);
  return settings.value;
})();

/**
 * Validates a municipality's fee settings once and returns them complete and frozen, so each later
 * `calculateFee(type, input, settings)` skips validation. Refuses with `fee.setting-invalid` and the path of the
 * first faulty setting (e.g. `settings.jasa-konstruksi.fieldFees.0.fee`).
 *
 * @example
 * ```ts
 * const mojokerto = unwrap(defineFeeSettings({
 *   imb: { basePricePerM2: 10_000 },
 *   reklame: { taxRatePercent: 25 },
 * }));
 * calculateFee('imb', { areaM2: 120, storeys: 2, use: 'housing' }, mojokerto);
 * ```
 */
export function defineFeeSettings(input: FeeSettingsInput): Result<FeeSettings> {
  if (!isRecord(input)) return refused(invalidSetting('settings', 'setelan harus objek.', 'the settings must be an object.'));
  for (const key of Object.keys(input)) {
    if (!(PERMIT_FEE_TYPES as readonly string[]).includes(key)) {
      return refused(invalidSetting('settings', `bagian tidak dikenal; pilih dari: ${PERMIT_FEE_TYPES.join(', ')}.`,
        `unknown section; choose from: ${PERMIT_FEE_TYPES.join(', ')}.`));
    }
  }
  return trustAll(input);
}
