import type { LocalizedText } from '../result.js';
import { IKM_ELEMENT_COUNT } from './elements.js';
import { gradeOfScores, type IkmGrade, type IkmGradeRow } from './grades.js';

/** The survey result of IKM-03 and IKM-04 for a group of respondents. */
export interface IkmScore {
  /** Number of respondents. */
  readonly respondents: number;
  /** Sum of the answers to each element U1…U9 (integers: the exact data every other figure derives from). */
  readonly elementScoreSums: readonly number[];
  /** NRR of each element U1…U9: its sum ÷ respondents (1–4). */
  readonly nrr: readonly number[];
  /** Each NRR × 1/9, the weight being exactly one ninth. */
  readonly weightedNrr: readonly number[];
  /** IKM on the 1–4 scale: the sum of the weighted NRRs. */
  readonly ikm: number;
  /** IKM of the unit on the 25–100 scale: ikm × 25. */
  readonly index: number;
  readonly grade: IkmGrade;
  /** The unit's performance for that grade, e.g. "Sangat Baik". */
  readonly label: LocalizedText;
}

/**
 * Builds the score from the nine element sums of `respondents` (≥ 1) valid responses. Every figure is one division
 * of integers, so no rounding accumulates: ikm = total / (9 × respondents), which equals the sum of the weighted NRRs,
 * and a perfect survey gives exactly 4 and 100. The grade is decided on the integers, exactly.
 */
export function scoreFromSums(elementScoreSums: readonly number[], respondents: number, grades: readonly IkmGradeRow[]): IkmScore {
  const total = elementScoreSums.reduce((sum, value) => sum + value, 0);
  const scoreCount = IKM_ELEMENT_COUNT * respondents;
  const row = gradeOfScores(total, scoreCount, grades);
  return {
    respondents,
    elementScoreSums: [...elementScoreSums],
    nrr: elementScoreSums.map((sum) => sum / respondents),
    weightedNrr: elementScoreSums.map((sum) => sum / scoreCount),
    ikm: total / scoreCount,
    index: (25 * total) / scoreCount,
    grade: row.grade,
    label: row.label,
  };
}
