import { fail, type Result } from '../result.js';
import { preparedSection, type FeeCalculator } from './calculator.js';
import type { ConfiguredTariffFeeInput } from './configured-tariff.js';
import type { HiburanFeeInput } from './hiburan.js';
import type { IjinLokasiFeeInput } from './ijin-lokasi.js';
import type { ImbFeeInput } from './imb.js';
import type { JasaKonstruksiFeeInput } from './jasa-konstruksi.js';
import type { ReklameFeeInput } from './reklame.js';
import { FEE_CALCULATORS } from './registry.js';
import type { FeeSettingsInput } from './settings.js';
import { isRecord } from '../is-record.js';
import type { SiupFeeInput } from './siup.js';
import type { TdgFeeInput } from './tdg.js';
import type { TdiFeeInput } from './tdi.js';
import { PERMIT_FEE_TYPES, type FeeAssessment, type PermitFeeType } from './types.js';

/** The input each permit type's calculator takes, so `calculateFee('tdg', { areaM2: 40 })` is type-checked. */
export interface FeeInputs {
  readonly imb: ImbFeeInput;
  readonly 'ijin-gangguan': ConfiguredTariffFeeInput;
  readonly 'ijin-trayek': ConfiguredTariffFeeInput;
  readonly iui: ConfiguredTariffFeeInput;
  readonly siup: SiupFeeInput;
  readonly tdi: TdiFeeInput;
  readonly tdg: TdgFeeInput;
  readonly hiburan: HiburanFeeInput;
  readonly reklame: ReklameFeeInput;
  readonly 'jasa-konstruksi': JasaKonstruksiFeeInput;
  readonly 'ijin-lokasi': IjinLokasiFeeInput;
}

/**
 * Computes the fee (retribusi) of one application under M13 Lampiran II (FEE-01 … FEE-09). The result's `total` is
 * a safe integer number of rupiah equal to the sum of its `lines`; each line names the rate's citation.
 *
 * Bad input (missing field, wrong type, NaN, Infinity, negative, fractional where whole is required, more than six
 * decimals, beyond `Number.MAX_SAFE_INTEGER`) is refused with a code such as `fee.area-invalid` and the field path;
 * a value outside a table with `fee.outside-table`; a missing municipal setting with `fee.setting-missing`; a result
 * too large to compute exactly with `fee.amount-too-large`. Nothing is thrown.
 *
 * `settings` are the municipality's overrides; pass the value of `defineFeeSettings` to validate them once.
 *
 * @example
 * ```ts
 * const tdg = calculateFee('tdg', { areaM2: 40.2 });
 * // tdg.value.total === 30_000: Rp 25,000 for 36 m² + 5 m² (40.2 rounded up to 41) × Rp 1,000
 * const siup = calculateFee('siup', { size: 'small', exemption: 'state-owned-enterprise' });
 * // siup.value.total === 0, siup.value.exemption.reason === 'state-owned-enterprise'
 * ```
 */
export function calculateFee<T extends PermitFeeType>(permitType: T, input: FeeInputs[T], settings?: FeeSettingsInput): Result<FeeAssessment> {
  const calculator = FEE_CALCULATORS[permitType] as unknown as FeeCalculator<object, unknown> | undefined;
  if (!calculator || !Object.hasOwn(FEE_CALCULATORS, permitType)) {
    return fail('fee.permit-type-unknown', {
      id: `Jenis izin tidak dikenal; pilih dari: ${PERMIT_FEE_TYPES.join(', ')}.`,
      en: `Unknown permit type; choose from: ${PERMIT_FEE_TYPES.join(', ')}.`,
    }, 'permitType');
  }
  const overrides = settings === undefined ? undefined : isRecord(settings) ? settings[permitType] : null;
  if (overrides === null || (overrides !== undefined && !isRecord(overrides))) {
    return fail('fee.setting-invalid', { id: 'Setelan biaya harus objek.', en: 'The fee settings must be an object.' },
      overrides === null ? 'settings' : `settings.${permitType}`);
  }
  const compiled = preparedSection(calculator, overrides, `settings.${permitType}`);
  return compiled.ok ? calculator.calculate(input, compiled.value) : compiled;
}
