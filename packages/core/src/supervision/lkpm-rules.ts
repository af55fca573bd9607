import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import type { EffectiveRule } from '../calendar/index.js';
import type { BusinessScale } from './levels.js';

/** The sectors of Pasal 32(5)(b) that file no LKPM, and `other` for every other sector. */
export type LkpmSector = 'upstream-oil-gas' | 'banking' | 'non-bank-finance' | 'insurance' | 'other';

/** How often a business files its LKPM. */
export type LkpmCadence = 'quarterly' | 'semester';

/** The LKPM obligation of one business scale (SUP-10). */
export interface LkpmScaleRow {
  readonly scale: BusinessScale;
  /** `undefined`: no LKPM required. */
  readonly cadence: LkpmCadence | undefined;
  readonly reason: LocalizedText;
  readonly source: Citation;
}

/** SUP-10: micro no LKPM; small every 6 months; medium and large every 3 months (Pasal 26, 32(4)–(5)). */
export const LKPM_BY_SCALE: readonly LkpmScaleRow[] = [
  { scale: 'micro', cadence: undefined, reason: { id: 'Pelaku Usaha mikro tidak wajib menyampaikan LKPM.', en: 'Micro businesses file no LKPM.' }, source: cite('B98', 'Pasal 26 huruf b; Pasal 32 ayat (5) huruf a') },
  { scale: 'small', cadence: 'semester', reason: { id: 'Pelaku Usaha kecil: LKPM setiap 6 bulan.', en: 'Small businesses: LKPM every 6 months.' }, source: cite('B98', 'Pasal 26 huruf c; Pasal 32 ayat (4) huruf a') },
  { scale: 'medium', cadence: 'quarterly', reason: { id: 'Pelaku Usaha menengah: LKPM setiap 3 bulan.', en: 'Medium businesses: LKPM every 3 months.' }, source: cite('B98', 'Pasal 32 ayat (4) huruf b') },
  { scale: 'large', cadence: 'quarterly', reason: { id: 'Pelaku Usaha besar: LKPM setiap 3 bulan.', en: 'Large businesses: LKPM every 3 months.' }, source: cite('B98', 'Pasal 32 ayat (4) huruf b') },
];

/** A sector exempt from LKPM (SUP-10). */
export interface LkpmExemptSectorRow {
  readonly sector: Exclude<LkpmSector, 'other'>;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** Pasal 32(5)(b): upstream oil and gas, banking, non-bank financial institutions and insurance file no LKPM. */
export const LKPM_EXEMPT_SECTORS: readonly LkpmExemptSectorRow[] = [
  { sector: 'upstream-oil-gas', name: { id: 'Hulu migas', en: 'Upstream oil and gas' }, source: cite('B98', 'Pasal 32 ayat (5) huruf b') },
  { sector: 'banking', name: { id: 'Perbankan', en: 'Banking' }, source: cite('B98', 'Pasal 32 ayat (5) huruf b') },
  { sector: 'non-bank-finance', name: { id: 'Lembaga keuangan non bank', en: 'Non-bank financial institution' }, source: cite('B98', 'Pasal 32 ayat (5) huruf b') },
  { sector: 'insurance', name: { id: 'Asuransi', en: 'Insurance' }, source: cite('B98', 'Pasal 32 ayat (5) huruf b') },
];

/**
 * SUP-11: the day of the month after a period ends on which its LKPM is due, effective-dated (CAL-06); the version
 * in force on the day after the period ends applies. Day 10 under Peraturan BKPM 5/2021 (the SDK vouches for it
 * from 2022, the year B98 was made: earlier periods are refused as `rule.not-in-force`, never guessed); day 15 from
 * 1 October 2025 under Peraturan BKPM 5/2025 (Pasal 286 ayat (5) huruf a).
 */
export const LKPM_DUE_DAY: readonly EffectiveRule<number>[] = [
  { from: '2022-01-01', until: '2025-10-01', value: 10, source: cite('Peraturan BKPM Nomor 5 Tahun 2021', 'Pasal 32 ayat (4)') },
  { from: '2025-10-01', value: 15, source: cite('Peraturan BKPM Nomor 5 Tahun 2025', 'Pasal 286 ayat (5) huruf a') },
];

/** What happens to an LKPM due date that falls on a weekend or holiday. */
export type NonWorkingDueDate = 'unchanged' | 'next-working-day';
