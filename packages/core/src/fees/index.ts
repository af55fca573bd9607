export * from './types.js';
export * from './calculate-fee.js';
export * from './settings.js';
export * from './format-fee-table.js';
export { ROUNDING_MODES, type RoundingMode } from './shared/exact.js';
export type { Language } from './shared/format.js';
export {
  IMB_FEE_DEFAULTS, type ImbFeeInput, type ImbFeeSettings, type ImbUse, type ImbSiteWork, type ImbAreaCoefficient,
  type ImbStoreyCoefficient, type ImbUseCoefficient, type ImbSiteWorkRate,
} from './imb.js';
export { SIUP_FEE_DEFAULTS, type SiupFeeInput, type SiupFeeSettings, type SiupSize, type SiupExemption, type SiupTariffRow, type SiupExemptionRow } from './siup.js';
export { TDI_FEE_DEFAULTS, type TdiFeeInput, type TdiFeeSettings, type TdiBracket } from './tdi.js';
export { TDG_FEE_DEFAULTS, type TdgFeeInput, type TdgFeeSettings } from './tdg.js';
export { HIBURAN_FEE_DEFAULTS, type HiburanFeeInput, type HiburanFeeSettings, type HiburanUnit, type HiburanAreaBracket, type HiburanUnitRow } from './hiburan.js';
export { REKLAME_FEE_DEFAULTS, type ReklameFeeInput, type ReklameFeeSettings } from './reklame.js';
export {
  JASA_KONSTRUKSI_FEE_DEFAULTS, type JasaKonstruksiFeeInput, type JasaKonstruksiFeeSettings, type JasaKonstruksiFieldFee,
} from './jasa-konstruksi.js';
export { IJIN_LOKASI_FEE_DEFAULTS, type IjinLokasiFeeInput, type IjinLokasiFeeSettings, type IjinLokasiCostItem } from './ijin-lokasi.js';
export { CONFIGURED_TARIFF_DEFAULTS, type ConfiguredTariffFeeInput, type ConfiguredTariffSettings, type ConfiguredTariffRow } from './configured-tariff.js';
export * from './payment-code.js';
export * from './skrd.js';
export * from './receivable.js';
