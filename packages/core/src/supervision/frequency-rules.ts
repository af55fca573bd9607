import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import type { BusinessScale, ComplianceRating, RiskLevel } from './levels.js';

/** The most routine field inspections per business location per year for one risk level (SUP-02). */
export interface RoutineFrequencyRow {
  readonly rule: 'SUP-02';
  readonly risk: RiskLevel;
  readonly maxPerYear: number;
  readonly reason: LocalizedText;
  readonly source: Citation;
}

/**
 * A cap that a compliance rating puts on the frequency (SUP-03). It applies when the business's rating is one of
 * `compliance`, its risk one of `risks` (all when absent) and its scale one of `scales` (all when absent); the
 * frequency becomes at most `maxPerYear`.
 */
export interface ComplianceCapRow {
  readonly rule: 'SUP-03';
  readonly compliance: readonly ComplianceRating[];
  readonly risks?: readonly RiskLevel[];
  readonly scales?: readonly BusinessScale[];
  readonly maxPerYear: number;
  readonly reason: LocalizedText;
  readonly source: Citation;
}

/** A reason that shaped a frequency: a row of one of the two tables. */
export type FrequencyReason = RoutineFrequencyRow | ComplianceCapRow;

/** The frequency tables; a municipality passes its own to replace them. */
export interface FrequencySettings {
  readonly routine: readonly RoutineFrequencyRow[];
  readonly complianceCaps: readonly ComplianceCapRow[];
}

const ONCE = { id: 'Paling banyak sekali setahun per lokasi usaha.', en: 'At most once a year per business location.' };
const TWICE = { id: 'Paling banyak 2 kali setahun per lokasi usaha.', en: 'At most twice a year per business location.' };

/** SUP-02: low and medium-low once a year, medium-high and high twice a year, per business location (Pasal 11(2)). */
export const ROUTINE_INSPECTION_FREQUENCY: readonly RoutineFrequencyRow[] = [
  { rule: 'SUP-02', risk: 'low', maxPerYear: 1, reason: ONCE, source: cite('B98', 'Pasal 11 ayat (2) huruf a') },
  { rule: 'SUP-02', risk: 'medium-low', maxPerYear: 1, reason: ONCE, source: cite('B98', 'Pasal 11 ayat (2) huruf a') },
  { rule: 'SUP-02', risk: 'medium-high', maxPerYear: 2, reason: TWICE, source: cite('B98', 'Pasal 11 ayat (2) huruf b') },
  { rule: 'SUP-02', risk: 'high', maxPerYear: 2, reason: TWICE, source: cite('B98', 'Pasal 11 ayat (2) huruf b') },
];

/**
 * SUP-03: a very good rating lets low and medium-low inspections be skipped (0) and caps medium-high and high at
 * once (Pasal 23(3)); compliant (good or very good) micro and small businesses need no field inspection
 * (Pasal 23(7), 26 huruf e).
 */
export const COMPLIANCE_FREQUENCY_CAPS: readonly ComplianceCapRow[] = [
  {
    rule: 'SUP-03', compliance: ['very-good'], risks: ['low', 'medium-low'], maxPerYear: 0,
    reason: { id: 'Kepatuhan baik sekali: inspeksi risiko rendah/menengah rendah dapat tidak dilakukan.', en: 'Very good compliance: low/medium-low inspections may be skipped.' },
    source: cite('B98', 'Pasal 23 ayat (3) huruf a'),
  },
  {
    rule: 'SUP-03', compliance: ['very-good'], risks: ['medium-high', 'high'], maxPerYear: 1,
    reason: { id: 'Kepatuhan baik sekali: inspeksi risiko menengah tinggi/tinggi paling banyak sekali setahun.', en: 'Very good compliance: medium-high/high inspections at most once a year.' },
    source: cite('B98', 'Pasal 23 ayat (3) huruf b'),
  },
  {
    rule: 'SUP-03', compliance: ['very-good', 'good'], scales: ['micro', 'small'], maxPerYear: 0,
    reason: { id: 'Usaha mikro/kecil yang patuh tidak perlu inspeksi lapangan.', en: 'Compliant micro and small businesses need no field inspection.' },
    source: cite('B98', 'Pasal 23 ayat (7); Pasal 26 huruf e'),
  },
];

/** The frequency tables of B98. */
export const DEFAULT_FREQUENCY_SETTINGS: FrequencySettings = {
  routine: ROUTINE_INSPECTION_FREQUENCY,
  complianceCaps: COMPLIANCE_FREQUENCY_CAPS,
};
