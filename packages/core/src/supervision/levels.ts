import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/** The four risk levels of a business activity (SUP-01, B98 Pasal 11, 40, 43), lowest first. */
export type RiskLevel = 'low' | 'medium-low' | 'medium-high' | 'high';

/** A business's compliance rating after supervision (SUP-03, B98 Pasal 23 ayat (2)). */
export type ComplianceRating = 'very-good' | 'good' | 'poor';

/** The size of a business (*skala usaha*). Micro and small together are UMK. */
export type BusinessScale = 'micro' | 'small' | 'medium' | 'large';

/** One risk level with its name and where the regulation names it. */
export interface RiskLevelRow {
  readonly risk: RiskLevel;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** The risk levels, lowest first (SUP-01). The order is the order of {@link RISK_LEVELS}. */
export const RISK_LEVELS: readonly RiskLevelRow[] = [
  { risk: 'low', name: { id: 'Risiko rendah', en: 'Low risk' }, source: cite('B98', 'Pasal 11 ayat (2) huruf a') },
  { risk: 'medium-low', name: { id: 'Risiko menengah rendah', en: 'Medium-low risk' }, source: cite('B98', 'Pasal 11 ayat (2) huruf a') },
  { risk: 'medium-high', name: { id: 'Risiko menengah tinggi', en: 'Medium-high risk' }, source: cite('B98', 'Pasal 11 ayat (2) huruf b') },
  { risk: 'high', name: { id: 'Risiko tinggi', en: 'High risk' }, source: cite('B98', 'Pasal 11 ayat (2) huruf b') },
];

/** Every {@link RiskLevel}, lowest first. */
export const RISK_LEVEL_IDS: readonly RiskLevel[] = RISK_LEVELS.map((row) => row.risk);

/** Every {@link ComplianceRating}, best first (B98 Pasal 23 ayat (2) huruf a–c). */
export const COMPLIANCE_RATINGS: readonly ComplianceRating[] = ['very-good', 'good', 'poor'];

/** Every {@link BusinessScale}, smallest first. */
export const BUSINESS_SCALES: readonly BusinessScale[] = ['micro', 'small', 'medium', 'large'];

/** 0 for low … 3 for high: a risk level's place in {@link RISK_LEVELS}. */
export function riskRank(risk: RiskLevel): number {
  return RISK_LEVEL_IDS.indexOf(risk);
}
