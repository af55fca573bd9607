// Test data, written by hand from B98 Pasal 11(2), 23(3), 23(7) and 26(e) — not computed from the code under test.
import type { ComplianceRating, RiskLevel } from './levels.js';

/** Column order of each row below: scale absent, micro, small, medium, large. */
export const SCALE_COLUMNS = [undefined, 'micro', 'small', 'medium', 'large'] as const;

/** The most routine inspections per location per year, by risk × compliance (absent = 'none') × scale. */
export const EXPECTED_FREQUENCY: Record<RiskLevel, Record<ComplianceRating | 'none', readonly number[]>> = {
  //                 scale:  none micro small medium large
  'low':         { 'none': [1, 1, 1, 1, 1], 'poor': [1, 1, 1, 1, 1], 'good': [1, 0, 0, 1, 1], 'very-good': [0, 0, 0, 0, 0] },
  'medium-low':  { 'none': [1, 1, 1, 1, 1], 'poor': [1, 1, 1, 1, 1], 'good': [1, 0, 0, 1, 1], 'very-good': [0, 0, 0, 0, 0] },
  'medium-high': { 'none': [2, 2, 2, 2, 2], 'poor': [2, 2, 2, 2, 2], 'good': [2, 0, 0, 2, 2], 'very-good': [1, 0, 0, 1, 1] },
  'high':        { 'none': [2, 2, 2, 2, 2], 'poor': [2, 2, 2, 2, 2], 'good': [2, 0, 0, 2, 2], 'very-good': [1, 0, 0, 1, 1] },
};

/** Looks a combination up in {@link EXPECTED_FREQUENCY}. */
export function expectedFrequency(risk: RiskLevel, compliance: ComplianceRating | undefined, scale: (typeof SCALE_COLUMNS)[number]): number {
  return EXPECTED_FREQUENCY[risk][compliance ?? 'none'][SCALE_COLUMNS.indexOf(scale)] as number;
}
