import { configuredTariffCalculator } from './configured-tariff.js';
import { hiburanCalculator } from './hiburan.js';
import { ijinLokasiCalculator } from './ijin-lokasi.js';
import { imbCalculator } from './imb.js';
import { jasaKonstruksiCalculator } from './jasa-konstruksi.js';
import { reklameCalculator } from './reklame.js';
import { siupCalculator } from './siup.js';
import { tdgCalculator } from './tdg.js';
import { tdiCalculator } from './tdi.js';

/** The calculator of every permit type, keyed by its id (also the key of its section in `FeeSettings`). */
export const FEE_CALCULATORS = {
  imb: imbCalculator,
  'ijin-gangguan': configuredTariffCalculator('ijin-gangguan', { id: 'Ijin Gangguan', en: 'Nuisance permit (Ijin Gangguan)' }),
  'ijin-trayek': configuredTariffCalculator('ijin-trayek', { id: 'Ijin Trayek', en: 'Route permit (Ijin Trayek)' }),
  iui: configuredTariffCalculator('iui', { id: 'Ijin Usaha Industri', en: 'Industrial business licence (IUI)' }),
  siup: siupCalculator,
  tdi: tdiCalculator,
  tdg: tdgCalculator,
  hiburan: hiburanCalculator,
  reklame: reklameCalculator,
  'jasa-konstruksi': jasaKonstruksiCalculator,
  'ijin-lokasi': ijinLokasiCalculator,
} as const;
