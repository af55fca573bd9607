import { deepFreeze } from '../deep-freeze.js';
import { hiburan } from './permit-types/hiburan.js';
import { ijinGangguan } from './permit-types/ijin-gangguan.js';
import { ijinLokasi } from './permit-types/ijin-lokasi.js';
import { ijinTrayek } from './permit-types/ijin-trayek.js';
import { imb } from './permit-types/imb.js';
import { iui } from './permit-types/iui.js';
import { jasaKonstruksi } from './permit-types/jasa-konstruksi.js';
import { reklame } from './permit-types/reklame.js';
import { siup } from './permit-types/siup.js';
import { tdg } from './permit-types/tdg.js';
import { tdi } from './permit-types/tdi.js';
import type { Catalog } from './types.js';

/**
 * The eleven permit types of M13 (CAT-01, CAT-02) as a frozen, valid catalog. Types 2–4 (Ijin Gangguan, Ijin
 * Trayek, IUI) have `completionTime.kind === 'setting-required'`: the copy of Lampiran II lost their rows, so a
 * municipality sets them with {@link extendCatalog} before their deadlines can be computed.
 *
 * @example
 * ```ts
 * defaultCatalog.permitTypes.find((t) => t.id === 'tdi')?.validity?.years; // 5
 * ```
 */
export const defaultCatalog: Catalog = deepFreeze({
  version: 1,
  permitTypes: [imb, ijinGangguan, ijinTrayek, iui, siup, tdi, tdg, hiburan, reklame, jasaKonstruksi, ijinLokasi],
});
